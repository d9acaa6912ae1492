import type { CalibrationSummary } from '@contract/records';
import { formatIsoDate } from '@contract/rules/dates';
import { nextReg45Due } from '@tracking';
import { closedOn, within } from '../lib/actionGroups';
import type { RecordsData } from '../lib/useRecordsData';
import { ActionsTable } from './ActionsTable';
import { InspectionRecord } from './InspectionRecord';
import { Reg44Visits } from './Reg44Visits';
import { Reg45Records } from './Reg45Records';

interface Props {
  records: RecordsData;
  /** The pack's period, as ISO dates. */
  start: string;
  end: string;
}

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);

/** Over every inspection recorded: how often the home's own judgement matched Ofsted's. */
function calibrationWords(s: CalibrationSummary): string {
  if (s.compared === 0) return 'No judgements can be compared yet.';
  const parts = [
    `Of ${s.compared} judgement${s.compared === 1 ? '' : 's'} compared over every inspection recorded, the home agreed with inspectors ${times(s.agreed)}.`,
  ];
  if (s.higher > 0) parts.push(`It rated itself higher than inspectors found ${times(s.higher)}.`);
  if (s.lower > 0) parts.push(`It rated itself lower than inspectors found ${times(s.lower)}.`);
  return parts.join(' ');
}

/** The inspection pack's records: the action plan, Reg 44 visits, Reg 45 reviews, Ofsted inspections. */
export function PackRecords({ records, start, end }: Props) {
  const { actions, reg44, reg45, ofsted } = records;
  if (!actions || !reg44 || !reg45 || !ofsted) return null;
  const current = actions
    .filter((a) => a.status === 'open' || a.status === 'in_progress')
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id - b.id);
  const closed = actions
    .filter((a) => within(closedOn(a), start, end))
    .sort((a, b) => (closedOn(b) ?? '').localeCompare(closedOn(a) ?? ''));
  const inspections = [...ofsted.inspections].sort((a, b) => b.inspectedOn.localeCompare(a.inspectedOn));
  const shown = inspections.filter((i) => within(i.inspectedOn, start, end));
  const lastBefore = inspections.find((i) => i.inspectedOn < start);
  const due = nextReg45Due(reg45.map((r) => r.completedOn));
  return (
    <>
      <section className="report-section" aria-labelledby="pack-actions">
        <h2 className="report-h2" id="pack-actions">
          Actions
        </h2>
        {current.length === 0 ? (
          <p>No actions are open.</p>
        ) : (
          <ActionsTable actions={current} caption="Open and in progress, soonest due first" />
        )}
        {closed.length === 0 ? (
          <p>No actions were closed in this period.</p>
        ) : (
          <ActionsTable actions={closed} caption="Closed in this period, latest first" />
        )}
      </section>
      <section className="report-section" aria-labelledby="pack-reg44">
        <h2 className="report-h2" id="pack-reg44">
          Regulation 44 visits and recommendations
        </h2>
        <Reg44Visits overview={reg44} actions={actions} start={start} end={end} />
      </section>
      <section className="report-section" aria-labelledby="pack-reg45">
        <h2 className="report-h2" id="pack-reg45">
          Regulation 45 reviews
        </h2>
        <Reg45Records records={reg45} caption="Reviews of the quality of care recorded, latest first" />
        {due && <p>The next review is due by {formatIsoDate(due)}, six months after the latest.</p>}
      </section>
      <section className="report-section" aria-labelledby="pack-ofsted">
        <h2 className="report-h2" id="pack-ofsted">
          Ofsted inspections
        </h2>
        {shown.length === 0 && !lastBefore && <p>No Ofsted inspections are recorded in Hallmarks.</p>}
        {shown.length === 0 && lastBefore && <p>None in this period. The last one before it:</p>}
        {(shown.length > 0 ? shown : lastBefore ? [lastBefore] : []).map((inspection) => (
          <InspectionRecord key={inspection.id} inspection={inspection} actions={actions} />
        ))}
        {inspections.length > 0 && <p>{calibrationWords(ofsted.calibration)}</p>}
      </section>
    </>
  );
}
