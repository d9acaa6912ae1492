import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crashRounds, runUntilKilled, useCrashWriter } from './test-support/crash-harness';
import { checkHealthy, tableExists } from './test-support/crash-checks';
import { useTempFolder } from './test-support/temp-folder';

// The edits half of the crash-safety tests (the backups, restores, imports, migrations and first
// starts are in crash-safety.test.ts): a file of its own, so the two halves run side by side.
const tempFolder = useTempFolder();
const rounds = crashRounds();
const noteFor = (seq: number) => `#${seq}# ${'Evidence from the house meeting. '.repeat(1 + (seq % 40))}`;

const writer = useCrashWriter();

/** The newest acknowledged seq per saved thing ("indicator key", "domain key", "figures complaints"). */
function recordAcks(lines: string[], acked: Map<string, number>) {
  for (const line of lines) {
    const [kind, key, seq] = line.split(' ');
    if (kind === 'indicator' || kind === 'domain' || kind === 'figures')
      acked.set(`${kind} ${key}`, Number(seq));
  }
}

function checkAcknowledgedSaves(file: string, acked: Map<string, number>) {
  const db = checkHealthy(file);
  try {
    if (!tableExists(db, 'quarterly_metrics')) {
      expect(acked.size, 'saves acknowledged before the schema was made').toBe(0);
      return;
    }
    const review = db.prepare("SELECT id FROM reviews WHERE quarter = '2026-Q3'").get() as
      { id: number } | undefined;
    for (const [thing, seq] of acked) {
      const [kind, key] = thing.split(' ');
      const stored =
        kind === 'indicator'
          ? (
              db
                .prepare('SELECT note AS v FROM review_indicators WHERE review_id = ? AND indicator_key = ?')
                .get(review?.id, key) as { v: string }
            )?.v
          : kind === 'domain'
            ? (
                db
                  .prepare('SELECT rationale AS v FROM review_domains WHERE review_id = ? AND domain_key = ?')
                  .get(review?.id, key) as { v: string }
              )?.v
            : String(
                (
                  db
                    .prepare("SELECT complaints AS v FROM quarterly_metrics WHERE quarter = '2026-Q3'")
                    .get() as { v: number }
                )?.v,
              );
      const storedSeq = Number(/^#?(\d+)/.exec(stored ?? '')?.[1] ?? -1);
      // Present, at least as new as acknowledged, and whole (never a half-written note).
      expect(storedSeq, thing).toBeGreaterThanOrEqual(seq);
      if (kind === 'indicator') expect(stored).toBe(noteFor(storedSeq));
      if (kind === 'domain') expect(stored).toBe(`#${storedSeq}#`);
    }
  } finally {
    db.close();
  }
}

describe('crash safety: SIGKILL at random moments during edits', () => {
  it(`keeps every acknowledged save through ${rounds.edits} kills during edits`, async () => {
    const file = path.join(tempFolder(), 'crash.sqlite');
    const acked = new Map<string, number>();
    let saves = 0;
    for (let round = 0; round < rounds.edits; round++) {
      const lines = await runUntilKilled(writer.script, {
        mode: 'edits',
        file,
        maxKillMs: 250,
        // A round makes a few hundred saves at most; figures are capped at 1,000,000 (see the writer).
        seqStart: round * 4_000,
      });
      saves += lines.length;
      recordAcks(lines, acked);
      checkAcknowledgedSaves(file, acked);
    }
    expect(saves).toBeGreaterThan(rounds.edits); // the kills landed among saves, not only at start-up
  }, 600_000);
});
