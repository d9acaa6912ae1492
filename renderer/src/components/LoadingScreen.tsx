/** Appears only if opening takes a moment (a CSS delay), so a quick start does not flash. */
export function LoadingScreen() {
  return (
    <main className="main width-container" id="main-content">
      <p className="loading" role="status">
        Opening Hallmarks…
      </p>
    </main>
  );
}
