import type { FrameworkDomain } from '@contract/framework';
import { quarterLabel } from '@contract/rules/quarters';
import type { Triangulation } from '@contract/voice';
import { nearestGrade } from '@contract/voice-scales';
import { gradeWords } from '@tracking';

/**
 * Triangulation on paper: each hallmark where the manager's judgement, the staff team's private ratings
 * and the young people's answers were more than the home's margin apart, with each view in words and
 * figures. Only views shown on screen print (the team's above its minimum raters, young people's above
 * the survey threshold).
 */
export function TriangulationFlags({
  triangulation,
  domains,
}: {
  triangulation: Triangulation;
  domains: FrameworkDomain[];
}) {
  const { quarter, margin } = triangulation;
  const flagged = triangulation.rows.filter((r) => r.flagged);
  const label = quarter ? quarterLabel(quarter) : 'this quarter';
  if (flagged.length === 0)
    return (
      <p>
        {label}: no hallmark&apos;s views (manager, staff team, young people) were more than {margin} grade
        {margin === 1 ? '' : 's'} apart, where they could be compared.
      </p>
    );
  return (
    <ul className="report-items">
      {flagged.map((row) => {
        const domain = domains.find((d) => d.key === row.domainKey);
        const views = [
          row.manager !== null ? `the manager judged it ${gradeWords(row.manager)}` : null,
          row.team !== null
            ? `the staff team's ratings put it at about ${gradeWords(nearestGrade(row.team))} (${row.team.toFixed(1)}, from ${row.teamRaters} staff)`
            : null,
          row.youngPeople !== null
            ? `young people's answers put it at about ${gradeWords(nearestGrade(row.youngPeople))} (${row.youngPeople.toFixed(1)})`
            : null,
        ].filter(Boolean);
        return (
          <li key={row.domainKey}>
            <strong>
              {label}, {domain ? `domain ${domain.number}: ${domain.title}` : row.domainKey}
            </strong>
            : {views.join('; ')}. Views more than {margin} grade{margin === 1 ? '' : 's'} apart.
          </li>
        );
      })}
    </ul>
  );
}
