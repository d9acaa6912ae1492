import { useEffect, type ReactNode } from 'react';
import { messageOf } from '@shared/api/ApiError';
import type { PrintFurniture, ReportKey } from '@contract/reports';
import { PrintToolbar } from './PrintToolbar';

interface Props {
  report: ReportKey;
  /** Set once the data is in: what the running header and footer say. */
  furniture: PrintFurniture | null;
  loading: boolean;
  error: unknown;
  /** Why there is nothing to print (no completed review for the quarter, say), in words. */
  unavailable?: string | null;
  children?: ReactNode;
}

/**
 * A report's page: a slim toolbar on screen only, then the report itself. Whoever prints it (the Print
 * button, Electron's Save as PDF, `npm run report`) waits for `data-report-ready` and reads the running
 * header's words from `data-furniture`, so every route to paper prints the same view.
 */
export function PrintFrame({ report, furniture, loading, error, unavailable, children }: Props) {
  const ready = !loading && !error && !unavailable && furniture !== null;
  useEffect(() => {
    if (furniture) {
      const urn = furniture.urn ? ` (URN ${furniture.urn})` : '';
      document.title = `${furniture.home}${urn} – ${furniture.title} – ${furniture.period}`;
    }
  }, [furniture]);
  useEffect(() => {
    // Disclosures print open: whatever was folded on screen is on paper.
    const openAll = () => document.querySelectorAll('details').forEach((d) => (d.open = true));
    window.addEventListener('beforeprint', openAll);
    return () => window.removeEventListener('beforeprint', openAll);
  }, []);
  return (
    <div className="print-page">
      <PrintToolbar ready={ready} />
      <main
        className="report"
        id="main-content"
        tabIndex={-1}
        data-report={report}
        data-report-ready={ready ? 'true' : undefined}
        data-report-failed={error || unavailable ? 'true' : undefined}
        data-furniture={ready ? JSON.stringify(furniture) : undefined}
      >
        {error ? (
          <div className="report-problem" role="alert">
            <h1 className="heading-l">This report could not be prepared</h1>
            <p>{messageOf(error)}</p>
            <p>Nothing was printed or saved. Go back to Reports and try again.</p>
          </div>
        ) : unavailable ? (
          <div className="report-problem" role="alert">
            <h1 className="heading-l">There is nothing to print for this report yet</h1>
            <p>{unavailable}</p>
          </div>
        ) : loading ? (
          <p className="loading" role="status">
            Preparing the report…
          </p>
        ) : (
          children
        )}
      </main>
    </div>
  );
}
