/** Milliseconds `fn` takes, as the median of `batch` runs (one run of a fast call is mostly noise). */
function batchMs(fn: () => unknown, batch: number): number {
  const times: number[] = [];
  for (let i = 0; i < batch; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

/**
 * Times `app` against its `baseline` in alternating pairs (odd pairs run the baseline first, so drift
 * and a busy moment hit both alike), after `warmup` runs of each. Each side of a pair is the median of
 * `batch` runs. Returns both sides' times, pair by pair, for pairedReport.
 */
export function pairedMs(
  app: () => unknown,
  baseline: () => unknown,
  { pairs = 21, batch = 5, warmup = 5 } = {},
): { app: number[]; baseline: number[] } {
  for (let i = 0; i < warmup; i++) {
    app();
    baseline();
  }
  const times = { app: [] as number[], baseline: [] as number[] };
  for (let pair = 0; pair < pairs; pair++) {
    if (pair % 2 === 0) {
      times.app.push(batchMs(app, batch));
      times.baseline.push(batchMs(baseline, batch));
    } else {
      times.baseline.push(batchMs(baseline, batch));
      times.app.push(batchMs(app, batch));
    }
  }
  return times;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Smallest, lower quartile, median, upper quartile and largest (quartiles interpolated between values). */
export function quartiles(values: number[]): {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
} {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => {
    const i = p * (sorted.length - 1);
    const low = Math.floor(i);
    return sorted[low]! + (sorted[Math.ceil(i)]! - sorted[low]!) * (i - low);
  };
  return { min: sorted[0]!, q1: at(0.25), median: at(0.5), q3: at(0.75), max: sorted.at(-1)! };
}

export function report(label: string, value: number, baseline: number, goal: number, unit = 'ms'): string {
  const ratio = value / baseline;
  const verdict = ratio <= goal ? 'within goal' : 'OVER GOAL';
  return `${label}: ${value.toFixed(2)} ${unit}; baseline ${baseline.toFixed(2)} ${unit}; ratio ${ratio.toFixed(2)} (goal ≤ ${goal}) ${verdict}`;
}

const fixed = (n: number) => n.toFixed(2);

/**
 * The figure (ratio of the medians, against its goal) and, on the next line, its spread: each side's
 * interquartile range and the lowest, highest and interquartile range of the pairs' own ratios. A wide
 * spread means the machine was busy: run it again.
 */
export function pairedReport(
  label: string,
  times: { app: number[]; baseline: number[] },
  goal: number,
  names: { app: string; baseline: string } = { app: 'app', baseline: 'baseline' },
): string {
  const ratios = quartiles(times.app.map((t, i) => t / times.baseline[i]!));
  const appQ = quartiles(times.app);
  const baseQ = quartiles(times.baseline);
  const digits = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(0));
  return [
    report(label, median(times.app), median(times.baseline), goal),
    `  spread: ${names.app} ${digits(appQ.q1)}–${digits(appQ.q3)} ms, ${names.baseline} ${digits(baseQ.q1)}–${digits(baseQ.q3)} ms (interquartile); ` +
      `ratio per pair ${fixed(ratios.min)} to ${fixed(ratios.max)}, interquartile ${fixed(ratios.q1)}–${fixed(ratios.q3)} (${times.app.length} pairs)`,
  ].join('\n');
}
