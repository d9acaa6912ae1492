/** Median wall time of `fn` in milliseconds, after warm-up runs. */
export function medianMs(fn: () => unknown, runs = 30, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
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
