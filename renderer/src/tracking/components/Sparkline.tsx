import type { MetricPoint } from '../lib/metricValues';

const WIDTH = 120;
const HEIGHT = 36;
const PAD = 5;
/** d3 writes a path's numbers to three decimal places. */
const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * The line through the points with a value, evenly spaced across, lowest value at the bottom; a gap where
 * a quarter has no value, and a lone point between gaps closed on itself. The same path, character for
 * character, as the charting library draws (see the test), written out here because the sparklines are
 * on the dashboard and the charting library (d3 and visx) would otherwise load with the first screen.
 */
export function sparklinePath(points: MetricPoint[]): { d: string; end: { x: number; y: number } } | null {
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  if (values.length < 2) return null;
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const [low, high] = min === max ? [min - 1, max + 1] : [min, max];
  const step = (WIDTH - PAD - PAD) / Math.max(1, points.length - 1);
  const x = (i: number) => PAD + step * i;
  // d3's linear scale: the share of the way up the domain, then that share of the way along the range.
  const y = (value: number) => {
    const t = (value - low) / (high - low);
    return (HEIGHT - PAD) * (1 - t) + PAD * t;
  };
  let d = '';
  let run = 0;
  points.forEach((point, i) => {
    if (point.value === null) {
      if (run === 1) d += 'Z';
      run = 0;
      return;
    }
    d += `${run === 0 ? 'M' : 'L'}${round(x(i))},${round(y(point.value))}`;
    run++;
  });
  if (run === 1) d += 'Z';
  const last = points.findLastIndex((p) => p.value !== null);
  return { d, end: { x: x(last), y: y(points[last]!.value!) } };
}

/** A small line of a figure's recent values; decoration only, the values are written beside it. */
export function Sparkline({ points }: { points: MetricPoint[] }) {
  const line = sparklinePath(points);
  if (!line) return null;
  return (
    <svg className="sparkline" width={WIDTH} height={HEIGHT} aria-hidden="true" focusable="false">
      <path className="visx-linepath sparkline__line" d={line.d} fill="transparent" strokeLinecap="round" />
      <circle className="sparkline__end" cx={line.end.x} cy={line.end.y} r={3.5} />
    </svg>
  );
}
