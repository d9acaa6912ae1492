/** A failed read, in the hub's own words. */
export function Problem({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : 'Something went wrong. Try again.';
  return <p className="error-message">{message}</p>;
}
