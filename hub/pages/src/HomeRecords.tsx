import type { PublicationBody } from '@contract/hub/publication';
import { METRIC_FIELDS } from '@contract/metric-fields';
import { ScrollRegion } from '@shared/ui/ScrollRegion';
import { formatIsoDate } from '@contract/rules/dates';
import { quarterLabel } from '@contract/rules/quarters';
import { JudgementCells } from './JudgementCells';

type Body<K extends PublicationBody['kind']> = Extract<PublicationBody, { kind: K }>;

export interface HomeRecordsData {
  reg44: Body<'records.reg44'> | null;
  reg45: Body<'records.reg45'> | null;
  inspections: Body<'records.inspections'> | null;
  compliance: Body<'records.compliance'> | null;
  figures: { quarter: string; figures: Record<string, number | null> }[];
}

const TYPE_WORDS = { full: 'Full', interim: 'Interim', monitoring: 'Monitoring', other: 'Other' } as const;
const date = (iso: string | null, none = 'Not yet') => (iso ? formatIsoDate(iso) : none);

function Inspections({ list }: { list: Body<'records.inspections'>['inspections'] }) {
  return (
    <>
      <h2 className="heading-l">Ofsted inspections</h2>
      <ScrollRegion labelledBy="home-records-table-1">
        <table className="data-table">
          <caption className="visually-hidden" id="home-records-table-1">
            Ofsted inspections, latest first
          </caption>
          <thead>
            <tr>
              <th scope="col">Inspected</th>
              <th scope="col">Judgements</th>
              <th scope="col">Requirements met</th>
            </tr>
          </thead>
          <tbody>
            {list.map((i) => (
              <tr key={i.ref}>
                <td>
                  {formatIsoDate(i.inspectedOn)} ({TYPE_WORDS[i.type]})
                </td>
                <td>{i.type === 'full' ? <JudgementCells judgements={i} /> : 'No judgements'}</td>
                <td>
                  {i.requirements.filter((r) => r.metOn).length} of {i.requirements.length}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

function Reg45({ list }: { list: Body<'records.reg45'>['records'] }) {
  return (
    <>
      <h2 className="heading-l">Reg 45 reviews</h2>
      <ScrollRegion labelledBy="home-records-table-2">
        <table className="data-table">
          <caption className="visually-hidden" id="home-records-table-2">
            Reg 45 reviews and their reports to Ofsted
          </caption>
          <thead>
            <tr>
              <th scope="col">Completed</th>
              <th scope="col">Due at Ofsted</th>
              <th scope="col">Sent to Ofsted</th>
            </tr>
          </thead>
          <tbody>
            {list.map((r) => (
              <tr key={r.ref}>
                <td>{formatIsoDate(r.completedOn)}</td>
                <td>{formatIsoDate(r.ofstedDueOn)}</td>
                <td>{date(r.sentToOfstedOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

function Reg44({ list }: { list: Body<'records.reg44'>['visits'] }) {
  return (
    <>
      <h2 className="heading-l">Reg 44 visits</h2>
      <ScrollRegion labelledBy="home-records-table-3">
        <table className="data-table">
          <caption className="visually-hidden" id="home-records-table-3">
            Reg 44 independent visits
          </caption>
          <thead>
            <tr>
              <th scope="col">Visited</th>
              <th scope="col">Report received</th>
              <th scope="col">Recommendations</th>
            </tr>
          </thead>
          <tbody>
            {list.map((v) => (
              <tr key={v.ref}>
                <td>{formatIsoDate(v.visitedOn)}</td>
                <td>{date(v.reportReceivedOn)}</td>
                <td>{v.recommendations}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

function Compliance({ list }: { list: Body<'records.compliance'>['dates'] }) {
  return (
    <>
      <h2 className="heading-l">Compliance dates</h2>
      <ScrollRegion labelledBy="home-records-table-4">
        <table className="data-table">
          <caption className="visually-hidden" id="home-records-table-4">
            Compliance dates
          </caption>
          <thead>
            <tr>
              <th scope="col">Duty</th>
              <th scope="col">Last done</th>
              <th scope="col">Next due</th>
            </tr>
          </thead>
          <tbody>
            {list.map((d) => (
              <tr key={d.ref}>
                <td>{d.title}</td>
                <td>{date(d.lastDoneOn, 'Not recorded')}</td>
                <td>{date(d.nextDueOn, 'No date')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

/** One quarter's figures, labelled as the app labels them; a figure the hub does not know keeps its name. */
function Figures({ quarters }: { quarters: HomeRecordsData['figures'] }) {
  return (
    <>
      <h2 className="heading-l">Quarterly figures</h2>
      {[...quarters].reverse().map((q, i) => (
        <details key={q.quarter} className="disclosure" open={i === 0}>
          <summary>{quarterLabel(q.quarter)}</summary>
          <dl className="summary-list">
            {Object.entries(q.figures)
              .filter(([, value]) => value !== null)
              .map(([key, value]) => (
                <div className="summary-list__row" key={key}>
                  <dt>{METRIC_FIELDS.find((f) => f.key === key)?.label ?? key}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
          </dl>
        </details>
      ))}
    </>
  );
}

/** The home's records and figures as it last sent them (a commissioner sees the figures only). */
export function HomeRecords({ data }: { data: HomeRecordsData }) {
  return (
    <>
      {data.inspections && data.inspections.inspections.length > 0 && (
        <Inspections list={data.inspections.inspections} />
      )}
      {data.reg45 && data.reg45.records.length > 0 && <Reg45 list={data.reg45.records} />}
      {data.reg44 && data.reg44.visits.length > 0 && <Reg44 list={data.reg44.visits} />}
      {data.compliance && data.compliance.dates.length > 0 && <Compliance list={data.compliance.dates} />}
      {data.figures.length > 0 && <Figures quarters={data.figures} />}
    </>
  );
}
