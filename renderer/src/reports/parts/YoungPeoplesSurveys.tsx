import type { VoiceResults } from '@contract/voice';
import { movementSince } from '@contract/rules/voice-change';
import { REG45_WORRY_FOLLOW_UP, REG45_WORRY_SAID, worriesIn } from '@contract/rules/voice-safety';
import { quarterLabel } from '@contract/rules/quarters';
import { smallNumberWords } from '@contract/rules/voice-small-numbers';

interface Props {
  quarters: string[];
  results: VoiceResults;
}

/**
 * Safety first: that at least one young person raised a worry in the period (even below the threshold,
 * as on the Children's views screen), and what the registered person's analysis should confirm.
 */
function SafetyNote({ quarters, results }: Props) {
  const worries = worriesIn(results.quarters, quarters);
  if (worries.length === 0) return null;
  return (
    <div className="report-callout report-keep">
      <h4 className="report-h4">Young people’s safety</h4>
      {worries.map((w) => (
        <p key={w}>{REG45_WORRY_SAID[w]}</p>
      ))}
      <p>{REG45_WORRY_FOLLOW_UP}</p>
    </div>
  );
}

/**
 * The young people's surveys in each quarter of the period: answers per question above the threshold,
 * with each question's movement since the survey before, worded by the one-child rule as on screen.
 */
export function YoungPeoplesSurveys({ quarters, results }: Props) {
  const threshold = results.settings.minAnswers;
  return (
    <>
      <SafetyNote quarters={quarters} results={results} />
      {quarters.map((q) => {
        const at = results.quarters.findIndex((r) => r.quarter === q);
        const found = results.quarters[at];
        if (!found || found.sessions === 0) {
          return <p key={q}>{quarterLabel(q)}: no young people’s survey is recorded.</p>;
        }
        if (!found.shown) {
          // Nor how many surveys there were: below the threshold a count could point to a child.
          return (
            <p key={q}>
              {quarterLabel(q)}: the results are not printed: fewer than {threshold} young people answered,
              and a smaller group could identify a child.
            </p>
          );
        }
        const surveys = `${found.sessions} survey${found.sessions === 1 ? '' : 's'}`;
        const { since, words } = movementSince(results.quarters[at + 1]);
        return (
          <table className="report-table" key={q}>
            <caption>
              {quarterLabel(q)}: {surveys}, answers per question
            </caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Answers</th>
                {since && <th scope="col">Since {since}</th>}
              </tr>
            </thead>
            <tbody>
              {found.questions
                .filter((r) => r.scale !== 'open')
                .map((r) => (
                  <tr key={`${r.questionId}-${r.scale}`}>
                    <th scope="row">{r.wordings.at(-1)}</th>
                    <td>
                      {r.shown
                        ? (smallNumberWords(r.scale, r.counts, r.answered) ??
                          r.counts.map((c) => `${c.label}: ${c.count}`).join(', '))
                        : `Not printed: fewer than ${threshold} answered`}
                    </td>
                    {since && <td>{words(r)}</td>}
                  </tr>
                ))}
            </tbody>
          </table>
        );
      })}
    </>
  );
}
