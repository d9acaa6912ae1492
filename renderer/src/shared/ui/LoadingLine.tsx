/** A quiet "Loading…" line for a screen or part of one whose code or data is on its way. It appears only
 * after a CSS delay, so a quick load does not flash. */
export function LoadingLine() {
  return (
    <p className="loading" role="status">
      Loading…
    </p>
  );
}
