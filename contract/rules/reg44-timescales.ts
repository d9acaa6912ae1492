import type { Reg44Recommendation } from '../records';

export interface TimescaleCount {
  /** Recommendations already due: answered, or past their timescale unanswered. */
  due: number;
  answeredInTime: number;
  /** Unanswered and still inside their timescale (or with none set): not yet counted either way. */
  notYetDue: number;
}

/**
 * The "answered within their timescale" figure counts only recommendations already due: one answered
 * (on time or not), or one unanswered past the date the independent person set. One still inside its
 * timescale, or unanswered with no timescale, cannot have been missed yet, so it is left out of the
 * figure rather than counted as a failure.
 */
export function timescaleCount(
  recommendations: readonly Pick<Reg44Recommendation, 'respondBy' | 'respondedOn'>[],
  today: string,
): TimescaleCount {
  let due = 0;
  let answeredInTime = 0;
  for (const r of recommendations) {
    const answered = r.respondedOn !== null;
    if (!answered && (r.respondBy === null || r.respondBy >= today)) continue;
    due += 1;
    if (answered && (r.respondBy === null || r.respondedOn! <= r.respondBy)) answeredInTime += 1;
  }
  return { due, answeredInTime, notYetDue: recommendations.length - due };
}

/** The figure in words: "1 of 2 (50%)", with what is not yet due beside it. */
export function timescaleText(count: TimescaleCount): string {
  const waiting = count.notYetDue > 0 ? `${count.notYetDue} not yet due` : '';
  if (count.due === 0) return waiting ? `None due yet (${waiting})` : 'No recommendations';
  const figure = `${count.answeredInTime} of ${count.due} (${Math.round((count.answeredInTime / count.due) * 100)}%)`;
  return waiting ? `${figure}; ${waiting}` : figure;
}
