import { useId } from 'react';
import type { Reg45Record } from '@contract/records';
import { Reg45Cells, Reg45HeadingCells } from '@improvement/api';
import { ScrollRegion } from '@tracking';

/** The Reg 45 reviews recorded, newest first: period, completion, and where the report went. */
export function Reg45Records({ records, caption }: { records: Reg45Record[]; caption: string }) {
  const captionId = useId();
  if (records.length === 0) return <p>No Regulation 45 reviews are recorded in Hallmarks.</p>;
  return (
    <ScrollRegion labelledBy={captionId}>
      <table className="report-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <Reg45HeadingCells />
          </tr>
        </thead>
        <tbody>
          {[...records]
            .sort((a, b) => b.completedOn.localeCompare(a.completedOn))
            .map((r) => (
              <tr key={r.id}>
                <Reg45Cells record={r} tagged={false} />
              </tr>
            ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
