import type { Feedback, FeedbackGroup, VoiceResults, YouSaid } from '@contract/voice';
import { formatIsoDate } from '@contract/rules/dates';
import { within } from '../lib/actionGroups';
import { YoungPeoplesSurveys } from './YoungPeoplesSurveys';

/** The Reg 45(5) groups, in the order the regulation names them, then anyone else who gave feedback. */
const GROUPS: { group: FeedbackGroup; heading: string; none: string }[] = [
  {
    group: 'parents',
    heading: 'Parents and family',
    none: 'No feedback from parents or family is recorded in this period.',
  },
  {
    group: 'placing',
    heading: 'Placing authorities',
    none: 'No feedback from placing authorities (social workers or IROs) is recorded in this period.',
  },
  { group: 'staff', heading: 'Staff', none: 'No feedback from staff is recorded in this period.' },
  { group: 'reg44', heading: 'Reg 44 independent person', none: '' },
  { group: 'other', heading: 'Others', none: '' },
];

interface Props {
  quarters: string[];
  start: string;
  end: string;
  results: VoiceResults;
  feedback: Feedback[];
  youSaid: YouSaid[];
}

/**
 * Reg 45(5): the views of children, parents, placing authorities and staff in the period, from what the
 * home recorded. Says plainly when a group's views were not sought. Young people's figures appear only
 * above the home's threshold, and their written comments never.
 */
export function EveryonesViews({ quarters, start, end, results, feedback, youSaid }: Props) {
  const inPeriod = feedback.filter((f) => within(f.receivedOn, start, end));
  const said = youSaid.filter(
    (y) => within(y.suggestedOn, start, end) || (y.doneOn !== null && within(y.doneOn, start, end)),
  );
  return (
    <>
      <h3 className="report-h3">Children and young people</h3>
      <YoungPeoplesSurveys quarters={quarters} results={results} />
      <p className="report-note">
        Young people’s written comments are not printed: they are for the registered manager.
      </p>

      {GROUPS.map(({ group, heading, none }) => {
        const rows = inPeriod
          .filter((f) => f.group === group)
          .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn));
        if (rows.length === 0 && none === '') return null;
        return (
          <div key={group}>
            <h3 className="report-h3">{heading}</h3>
            {rows.length === 0 ? (
              <p>{none}</p>
            ) : (
              <ul>
                {rows.map((f) => (
                  <li key={f.id}>
                    <strong>
                      {formatIsoDate(f.receivedOn)}
                      {f.role ? `, ${f.role}` : ''}:
                    </strong>{' '}
                    <span className="report-text">{f.said || 'Questionnaire answers only.'}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}

      <h3 className="report-h3">You said, we did</h3>
      {said.length === 0 ? (
        <p>No suggestions from young people are recorded in this period.</p>
      ) : (
        <table className="report-table">
          <caption>Young people’s suggestions in this period and what the home did</caption>
          <thead>
            <tr>
              <th scope="col">You said</th>
              <th scope="col">We did</th>
            </tr>
          </thead>
          <tbody>
            {said.map((y) => (
              <tr key={y.id}>
                <td className="report-text">
                  {y.suggestion} ({formatIsoDate(y.suggestedOn)})
                </td>
                <td className="report-text">
                  {y.weDid ? `${y.weDid}${y.doneOn ? ` (${formatIsoDate(y.doneOn)})` : ''}` : 'Not done yet.'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
