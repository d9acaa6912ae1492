import { ratingLabel } from '@contract/rules/judgements';
import { quarterLabel } from '@contract/rules/quarters';
import type { CalibrationSummary, Inspection } from '@contract/records';
import { CalibrationCells } from './CalibrationCells';

/** The home's own latest judgements beside Ofsted's for one inspection. */
export function CalibrationPanel({ inspection }: { inspection: Inspection }) {
  const c = inspection.calibration;
  const headingId = `calibration-${inspection.id}`;
  return (
    <section className="calibration" aria-labelledby={headingId}>
      <h4 className="heading-s" id={headingId}>
        Your judgements beside Ofsted’s
      </h4>
      {!c ? (
        <p>No self-assessment was signed off before this inspection, so there is nothing to compare.</p>
      ) : (
        <>
          <p className="hint">
            From your review of {quarterLabel(c.reviewQuarter)}, the last signed off before the inspection.
          </p>
          <div className="table-scroll">
            <table className="table">
              <CalibrationCells rows={c.rows} audience="screen" grade={ratingLabel} />
            </table>
          </div>
        </>
      )}
    </section>
  );
}

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/** Over every inspection: how often the home agreed with Ofsted, and which way it differed. */
export function calibrationSentence(s: CalibrationSummary): string {
  if (s.compared === 0) return 'No judgements can be compared yet.';
  const parts = [
    `Of ${s.compared} judgement${s.compared === 1 ? '' : 's'} compared, you agreed with inspectors ${times(s.agreed)}.`,
  ];
  if (s.higher > 0) parts.push(`You rated yourselves higher than inspectors found ${times(s.higher)}.`);
  if (s.lower > 0) parts.push(`You rated yourselves lower than inspectors found ${times(s.lower)}.`);
  return parts.join(' ');
}
