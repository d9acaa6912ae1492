import type { AppInfo } from '@contract/operations';
import { StorageWarning } from '../../components/StorageWarning';

export function DataLocationSection({ info }: { info: AppInfo }) {
  return (
    <section className="section" aria-labelledby="data-location-title">
      <h2 className="heading-l" id="data-location-title">
        Where your data is kept
      </h2>
      <p>All your homes, reviews and actions are saved in one file:</p>
      <p className="file-path">{info.databasePath}</p>
      {info.journalMode !== 'wal' && <StorageWarning />}
      <p className="secondary-text">Hallmarks version {info.version}</p>
    </section>
  );
}
