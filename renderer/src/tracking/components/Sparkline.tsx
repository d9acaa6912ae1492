import { scaleLinear, scalePoint } from '@visx/scale';
import { LinePath } from '@visx/shape';
import type { MetricPoint } from '../lib/metricValues';

const WIDTH = 120;
const HEIGHT = 36;
const PAD = 5;

/** A small line of a figure's recent values; decoration only, the values are written beside it. */
export function Sparkline({ points }: { points: MetricPoint[] }) {
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  if (values.length < 2) return null;
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const x = scalePoint<string>({ domain: points.map((p) => p.quarter), range: [PAD, WIDTH - PAD] });
  const y = scaleLinear<number>({
    domain: min === max ? [min - 1, max + 1] : [min, max],
    range: [HEIGHT - PAD, PAD],
  });
  const last = points.filter((p) => p.value !== null).at(-1)!;
  return (
    <svg className="sparkline" width={WIDTH} height={HEIGHT} aria-hidden="true" focusable="false">
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
