import { SCCIF_LABELS } from '@contract/actions';
import { ratingLabel } from '@contract/judgements';
import { quarterLabel } from '@contract/quarters';
import type { CalibrationSummary, Inspection } from '@contract/records';

const AGREEMENT = { agreed: 'Agreed', higher: 'You rated higher', lower: 'You rated lower' };

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
              <thead>
                <tr>
                  <th scope="col">Judgement</th>
                  <th scope="col">Your self-assessment</th>
                  <th scope="col">Ofsted</th>
                  <th scope="col">Agreement</th>
                </tr>
              </thead>
              <tbody>
                {c.rows.map((r) => (
                  <tr key={r.key}>
                    <th scope="row">{SCCIF_LABELS[r.key]}</th>
                    <td>{r.home ? ratingLabel(r.home) : 'Not recorded (made before version 2)'}</td>
                    <td>{r.ofsted ? ratingLabel(r.ofsted) : 'Not recorded'}</td>
                    <td>{r.direction ? AGREEMENT[r.direction] : 'Cannot compare'}</td>
                  </tr>
                ))}
              </tbody>
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
