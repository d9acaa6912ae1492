import type { QuarterResults } from '@contract/voice';
import { movementSince } from '@contract/rules/voice-change';
import { quarterLabel } from '@contract/rules/quarters';
import { onGradeLineText } from '../lib/labels';
import { useHallmarks } from '../lib/useHallmarks';
import { WorriesNotice } from './WorriesNotice';

/** One quarter's answers per hallmark and per question; hidden below the threshold, with the reason. */
export function QuarterResultsTable({
  quarter,
  previous,
  threshold,
}: {
  quarter: QuarterResults;
  /** The survey before it, if any: each question's movement since then is worded by the one-child rule. */
  previous?: QuarterResults;
  threshold: number;
}) {
  const { title, domains } = useHallmarks();
  const order = (key: string) => domains.findIndex((d) => d.key === key);
  const label = quarterLabel(quarter.quarter);
  if (!quarter.shown) {
    // Not even how many surveys there were: below the threshold a count could point to a child.
    return (
      <section className="voice-quarter" aria-labelledby={`q-${quarter.quarter}`}>
        <h3 className="heading-s" id={`q-${quarter.quarter}`}>
          {label}: results hidden until at least {threshold} young people have answered
        </h3>
        <WorriesNotice worries={quarter.worries} quarter={quarter.quarter} label={label} />
        <p>So that no child can be identified, how many surveys there are is not shown either.</p>
      </section>
    );
  }
  const surveys = `${quarter.sessions} survey${quarter.sessions === 1 ? '' : 's'}${quarter.fromPaper > 0 ? `, ${quarter.fromPaper} typed in from paper` : ''}`;
  const scaled = quarter.questions.filter((q) => q.scale !== 'open');
  const { since, words: sinceWords } = movementSince(previous);
  return (
    <section className="voice-quarter" aria-labelledby={`q-${quarter.quarter}`}>
      <h3 className="heading-s" id={`q-${quarter.quarter}`}>
        {label}: {surveys}
      </h3>
      <WorriesNotice worries={quarter.worries} quarter={quarter.quarter} label={label} />
      <div className="table-scroll" tabIndex={0} role="region" aria-label={`Hallmarks, ${label}`}>
        <table className="table">
          <caption className="visually-hidden">Young people’s answers per hallmark, {label}</caption>
          <thead>
            <tr>
              <th scope="col">Hallmark</th>
              <th scope="col">Young people who answered</th>
              <th scope="col">On your grade scale</th>
            </tr>
          </thead>
          <tbody>
            {[...quarter.hallmarks]
              .sort((a, b) => order(a.domainKey) - order(b.domainKey))
              .map((h) => (
                <tr key={h.domainKey}>
                  <th scope="row">{title(h.domainKey)}</th>
                  <td>{h.answered}</td>
                  <td>
                    {h.onGradeLine === null ? 'Hidden: too few answers' : onGradeLineText(h.onGradeLine)}
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={`Questions, ${label}`}>
        <table className="table">
          <caption className="visually-hidden">Answers per question, {label}</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Answers</th>
              {since && <th scope="col">Since {since}</th>}
            </tr>
          </thead>
          <tbody>
            {scaled.map((q) => (
              <tr key={`${q.questionId}-${q.scale}`}>
                <th scope="row">
                  {q.wordings.at(-1)}
                  {q.wordings.length > 1 && (
                    <span className="hint"> (also asked as: {q.wordings.slice(0, -1).join('; ')})</span>
                  )}
                </th>
                <td>
                  {q.shown
                    ? q.counts.map((c) => `${c.label}: ${c.count}`).join(', ')
                    : `Hidden: fewer than ${threshold} answers`}
                </td>
                {since && <td>{sinceWords(q)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
