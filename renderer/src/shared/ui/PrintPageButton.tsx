/** Prints the screen as it stands; the page's header, navigation and buttons are left off the paper. */
export function PrintPageButton() {
  return (
    <p className="no-print">
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        Print this page
      </button>
    </p>
  );
}
