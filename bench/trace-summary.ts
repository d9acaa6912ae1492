/** One event of a Chromium trace (the JSON that CDP tracing writes). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

/** What the renderer's main thread did, in milliseconds, from navigation start to `endMs`. */
export interface MainThreadSummary {
  busyMs: number;
  byEvent: [string, number][];
}

/** Top-level tasks of a thread; the name depends on the Chromium version. */
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

const WATCHED = [
  'ParseHTML',
  'EvaluateScript',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.compile',
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'EventDispatch',
  'ParseAuthorStyleSheet',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
];

/** The page's main thread: the CrRendererMain thread that did the most work. */
function mainThread(events: TraceEvent[]): { pid: number; tid: number } | null {
  const renderers = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  let best: { pid: number; tid: number; busy: number } | null = null;
  for (const thread of renderers) {
    const busy = events
      .filter((e) => e.pid === thread.pid && e.tid === thread.tid && TASKS.has(e.name))
      .reduce((sum, e) => sum + (e.dur ?? 0), 0);
    if (!best || busy > best.busy) best = { pid: thread.pid, tid: thread.tid, busy };
  }
  return best;
}

/** Time covered by the events, counting nested or overlapping ones once. */
function coveredMs(events: TraceEvent[]): number {
  let covered = 0;
  let reach = -Infinity;
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    const end = e.ts + (e.dur ?? 0);
    if (end <= reach) continue;
    covered += end - Math.max(e.ts, reach);
    reach = end;
  }
  return covered / 1000;
}

/** Sums the main thread's work between navigation start and `endMs` after it (events may nest). */
export function summariseMainThread(events: TraceEvent[], endMs: number): MainThreadSummary | null {
  const thread = mainThread(events);
  if (!thread) return null;
  const own = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid);
  const start = own.find((e) => e.name === 'navigationStart')?.ts ?? Math.min(...own.map((e) => e.ts));
  const end = start + endMs * 1000;
  const inWindow = own.filter((e) => e.ph === 'X' && e.ts >= start && e.ts <= end);
  const total = (names: Set<string>) =>
    inWindow.filter((e) => names.has(e.name)).reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
  return {
    busyMs: coveredMs(inWindow.filter((e) => TASKS.has(e.name))),
    byEvent: WATCHED.map((name) => [name, total(new Set([name]))] as [string, number]).filter(
      ([, ms]) => ms >= 0.5,
    ),
  };
}
