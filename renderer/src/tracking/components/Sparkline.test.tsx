// @vitest-environment happy-dom
import { scaleLinear, scalePoint } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { MetricPoint } from '../lib/metricValues';
import { Sparkline } from './Sparkline';

afterEach(() => {
  document.body.innerHTML = '';
});

/** The sparkline as it was drawn with visx (d3's scales and line), before it was written out by hand. */
function VisxSparkline({ points }: { points: MetricPoint[] }) {
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  if (values.length < 2) return null;
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const x = scalePoint<string>({ domain: points.map((p) => p.quarter), range: [5, 115] });
  const y = scaleLinear<number>({ domain: min === max ? [min - 1, max + 1] : [min, max], range: [31, 5] });
  const last = points.filter((p) => p.value !== null).at(-1)!;
  return (
    <svg className="sparkline" width={120} height={36} aria-hidden="true" focusable="false">
      <LinePath
        className="sparkline__line"
        data={points}
        x={(p) => x(p.quarter) ?? 0}
        y={(p) => y(p.value ?? 0)}
        defined={(p) => p.value !== null}
      />
      <circle className="sparkline__end" cx={x(last.quarter) ?? 0} cy={y(last.value ?? 0)} r={3.5} />
    </svg>
  );
}

const series = (...values: (number | null)[]): MetricPoint[] =>
  values.map((value, i) => ({ quarter: `20${10 + Math.floor(i / 4)}-Q${(i % 4) + 1}`, value }));

const drawn = (element: React.ReactElement) => render(element).container.innerHTML;

describe('Sparkline', () => {
  it.each([
    ['rising and falling', series(12.5, 3, 40, 7.25, 19)],
    ['two values', series(1, 2)],
    ['all the same', series(4, 4, 4)],
    ['negative and fractional', series(-3.3, 0.1, -0.7, 2 / 3)],
    ['gaps, a lone point and empty ends', series(null, 5, 6, null, 9, null, 2, 8, null)],
    ['a lone point at each end', series(3, null, 5, 6, null, 1)],
    ['eight quarters with one missing', series(10, 11, 9, 14, null, 12, 13, 15)],
  ])('draws the same picture as the charting library: %s', (_name, points) => {
    expect(drawn(<Sparkline points={points} />)).toBe(drawn(<VisxSparkline points={points} />));
  });

  it('draws nothing with fewer than two values', () => {
    expect(drawn(<Sparkline points={series(null, 4, null)} />)).toBe('');
    expect(drawn(<Sparkline points={[]} />)).toBe('');
  });

  it('draws a line for real data, not an empty path', () => {
    const path = render(<Sparkline points={series(1, 3, 2)} />).container.querySelector('path');
    expect(path?.getAttribute('d')).toBe('M5,31L60,5L115,18');
  });
});
