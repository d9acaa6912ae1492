import { Group } from '@visx/group';
import { scaleLinear, scalePoint } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { useId } from 'react';
import { parseQuarter, periodWords } from '@contract/rules/quarters';
import { GRADES, GRADE_SHORT_WORDS, gradeClass, gradeWords } from '../lib/grades';
import { shortQuarter } from '../lib/quarterText';
import { labelledIndexes, type GradeAt } from '../lib/series';
import { useElementWidth } from '../hooks/useElementWidth';

const MARGIN = { top: 14, right: 18, bottom: 52, left: 120 };
const ROW = 40;

/**
 * One domain's judgements across every quarter reviewed: grades in words up the side, quarters along the
 * bottom, a marker at each judgement and a break in the line where a quarter has none. `expectedWidth`
 * is the width it is first drawn at (a print view knows its column on A4); it is then measured and drawn
 * again only if the guess was wrong.
 */
export function GradeTrendChart({
  title,
  series,
  expectedWidth = 440,
}: {
  title: string;
  series: GradeAt[];
  expectedWidth?: number;
}) {
  const { ref, width } = useElementWidth<HTMLElement>(expectedWidth);
  const captionId = useId();
  const innerWidth = Math.max(width - MARGIN.left - MARGIN.right, 40);
  const innerHeight = ROW * 3;
  const x = scalePoint<string>({
    domain: series.map((p) => p.quarter),
    range: [0, innerWidth],
    padding: 0.4,
  });
  const y = scaleLinear<number>({ domain: [1, 4], range: [innerHeight, 0] });
  const labelled = labelledIndexes(series.length, innerWidth, 58);
  const gaps = series.some((p) => p.grade === null);
  const spoken = series.map((p) => `${shortQuarter(p.quarter)}: ${gradeWords(p.grade, 'no review')}`);
  return (
    <figure className="trend-chart" ref={ref}>
      <svg
        width={width}
        height={innerHeight + MARGIN.top + MARGIN.bottom}
        // Scales as a whole when a narrower column (a printed page) shrinks it, rather than cutting off its
        // right side and printing its quarters over the caption.
        viewBox={`0 0 ${width} ${innerHeight + MARGIN.top + MARGIN.bottom}`}
        role="img"
        aria-label={`${title}, judgement by quarter. ${spoken.join('; ')}.`}
        aria-describedby={captionId}
      >
        <Group left={MARGIN.left} top={MARGIN.top}>
          {GRADES.map((grade) => (
            <g key={grade} transform={`translate(0, ${y(grade)})`}>
              <line className="trend-chart__grid" x1={0} x2={innerWidth} />
              <text
                className="trend-chart__grade"
                x={-12}
                textAnchor="end"
                dy={grade === 2 ? '-0.25em' : '0.35em'}
              >
                {grade === 2 ? (
                  <>
                    <tspan x={-12}>Requires</tspan>
                    <tspan x={-12} dy="1.1em">
                      improvement
                    </tspan>
                  </>
                ) : (
                  GRADE_SHORT_WORDS[grade]
                )}
              </text>
            </g>
          ))}
          <LinePath
            className="trend-chart__line"
            data={series}
            x={(p) => x(p.quarter) ?? 0}
            y={(p) => y(p.grade ?? 1)}
            defined={(p) => p.grade !== null}
          />
          {series.map((p, i) => (
            <g key={p.quarter} transform={`translate(${x(p.quarter) ?? 0}, 0)`}>
              {p.grade !== null && (
                <circle
                  className={`trend-chart__marker grade-fill--${gradeClass(p.grade)}`}
                  cy={y(p.grade)}
                  r={7}
                />
              )}
              {labelled.has(i) && (
                <text className="trend-chart__quarter" y={innerHeight + 26} textAnchor="middle">
                  <tspan x={0}>Q{parseQuarter(p.quarter).q}</tspan>
                  <tspan x={0} dy="1.2em">
                    {parseQuarter(p.quarter).year}
                  </tspan>
                </text>
              )}
            </g>
          ))}
        </Group>
      </svg>
      <figcaption className="trend-chart__caption" id={captionId}>
        {series.length > 0 && `${periodWords(series[0]!.quarter, series.at(-1)!.quarter)}.`}
        {gaps && ' A break in the line is a quarter with no judgement.'}
      </figcaption>
    </figure>
  );
}
