/** Shown when SQLite could not use its write-ahead log, which usually means a network or synced folder. */
export function StorageWarning() {
  return (
    <section className="notice" aria-labelledby="storage-warning-title">
      <h2 className="notice__title" id="storage-warning-title">
        Check where your data is kept
      </h2>
      <p>
        Your data folder looks like a network drive or a cloud-synced folder (such as OneDrive or Dropbox).
        Hallmarks still works there, but your work is safer in a folder on this computer&apos;s own drive.
      </p>
    </section>
  );
}
