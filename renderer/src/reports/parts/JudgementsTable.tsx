import type { Framework, Grade } from '@contract/framework';
import type { SccifAnswer } from '@contract/review';
import { movement } from '@contract/rules/trends';
import { useId } from 'react';
import { GradeBadge, MovementText, ScrollRegion } from '@tracking';

export interface JudgementRow {
  key: string;
  title: string;
  current: Grade | null;
  previous: Grade | null;
}

interface Props {
  rows: JudgementRow[];
  caption: string;
  /** The first column's heading: "Domain", or "Judgement" for the three SCCIF ones. */
  rowHeading?: string;
}

/** Each judgement with last quarter's and the movement between them, in words. */
export function JudgementsTable({ rows, caption, rowHeading = 'Domain' }: Props) {
  const captionId = useId();
  return (
    <ScrollRegion labelledBy={captionId}>
      <table className="report-table judgements-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeading}</th>
            <th scope="col">This quarter</th>
            <th scope="col">Last quarter</th>
            <th scope="col">Movement</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const moved = movement(row.previous, row.current);
            return (
              <tr key={row.key} className={row.key === 'overall' ? 'judgements-table__overall' : undefined}>
                <th scope="row">{row.title}</th>
                <td>
                  <GradeBadge grade={row.current} />
                </td>
                <td>{row.previous === null ? 'No judgement' : <GradeBadge grade={row.previous} />}</td>
                <td>{moved ? <MovementText movement={moved} /> : 'Not compared'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/**
 * The rows for a review: every domain in framework order, then the overall judgement. Pass `overall` as
 * null for a version 2 review: its overall is the overall experiences and progress judgement, already in
 * the SCCIF table, and printing it twice under two names reads as two different judgements.
 */
export function judgementRows(
  framework: Framework,
  domains: { key: string; judgement: Grade | null; previousJudgement: Grade | null }[],
  overall: { current: Grade | null; previous: Grade | null } | null,
): JudgementRow[] {
  return [
    ...framework.domains.map((d) => {
      const answer = domains.find((a) => a.key === d.key);
      return {
        key: d.key,
        title: `${d.number}. ${d.title}`,
        current: answer?.judgement ?? null,
        previous: answer?.previousJudgement ?? null,
      };
    }),
    ...(overall ? [{ key: 'overall', title: 'Overall judgement', ...overall }] : []),
  ];
}

/** The three SCCIF judgements of a version 2 review, in SCCIF order, with the previous review's. */
export function sccifRows(framework: Framework, answers: SccifAnswer[]): JudgementRow[] {
  return answers.map((a) => ({
    key: `sccif-${a.area}`,
    title: framework.sccifAreaTitles[a.area],
    current: a.judgement,
    previous: a.previous,
  }));
}
