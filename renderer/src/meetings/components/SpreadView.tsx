import type { Grade } from '@contract/framework';
import type { AgendaIndicator, MeetingSettings } from '@contract/team-meeting';
import { GRADE_WORDS, SPREAD_WORDS } from '@contract/rules/team-rules';

const ORDER: (Grade | 0)[] = [4, 3, 2, 1, 0];

/** How the team's ratings spread: counts per grade, in words, never names; nothing below the threshold. */
export function SpreadView({
  indicator,
  settings,
  ratingOpen,
}: {
  indicator: AgendaIndicator;
  settings: MeetingSettings;
  /** Staff are still rating: the spread shows only once rating has ended. */
  ratingOpen: boolean;
}) {
  const { spread, raters } = indicator;
  if (ratingOpen) {
    return (
      <p className="meeting-mode__note">
        {raters} rated so far. The spread shows once rating has ended: end it on the team meeting page.
      </p>
    );
  }
  if (!spread) {
    return (
      <p className="meeting-mode__note">
        {raters === 0 ? 'Nobody has rated this yet.' : `${raters} rated: too few to show`} (the spread shows
        from {settings.minRaters} people). Talk it through.
      </p>
    );
  }
  return (
    <div className="meeting-mode__spread">
      <table className="table meeting-mode__tally">
        <caption>How the team rated ({raters} people)</caption>
        <tbody>
          {ORDER.map((g) => (
            <tr key={g}>
              <th scope="row">{GRADE_WORDS[g]}</th>
              <td>{spread.counts[g]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Middle rating:{' '}
        <strong>
          {spread.median === null ? 'none (all said they don’t know)' : GRADE_WORDS[spread.median]}
        </strong>
      </p>
      {spread.label && <p className="meeting-mode__label">{SPREAD_WORDS[spread.label]}</p>}
    </div>
  );
}
