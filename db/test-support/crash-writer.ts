// Child process for the crash tests: the real db/ code doing one kind of work as fast as it can, printing
// a line after each acknowledged (committed) step, until a killer thread SIGKILLs the whole process at a
// random moment. Usage: node writer.cjs <mode> <file> <maxKillMs> <seqStart>
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { addQuarters } from '../../contract/rules/quarters';
import { createBackup, listBackups, restoreBackup } from '../backups/backups';
import { currentFramework } from '../framework';
import { openStore, type Store } from '../store';

const [mode = 'edits', file = '', maxKillMs = '200', seqStart = '0'] = process.argv.slice(2);

// The killer runs beside the main thread, so the kill can land inside a synchronous SQLite call.
new Worker(
  `const ms = Math.random() * ${Number(maxKillMs)};
   Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
   process.kill(process.pid, 'SIGKILL');`,
  { eval: true },
);

const ack = (line: string) => process.stdout.write(`${line}\n`);
const open = () => openStore({ file, appVersion: 'crash-test' });

function edits(store: Store) {
  const { handlers } = store;
  const home =
    handlers['homes.list']({})[0] ??
    handlers['homes.create']({ name: 'Crash home', urn: null, registeredManager: null, places: 3 });
  const reviews = handlers['reviews.list']({ homeId: home.id });
  const review =
    reviews.find((r) => r.quarter === '2026-Q3') ??
    handlers['reviews.start']({ homeId: home.id, quarter: '2026-Q3' });
  const indicators = currentFramework.domains.flatMap((d) => d.indicators.map((i) => i.key));
  const domains = currentFramework.domains.map((d) => d.key);
  let older = reviews.length;
  for (let seq = Number(seqStart); ; seq++) {
    const step = seq % 6;
    if (step <= 2) {
      const key = indicators[seq % indicators.length]!;
      const note = `#${seq}# ${'Evidence from the house meeting. '.repeat(1 + (seq % 40))}`;
      handlers['reviews.saveIndicator']({
        reviewId: review.id,
        indicatorKey: key,
        rating: 1 + (seq % 4),
        note,
        sources: [],
        otherSource: '',
        discuss: seq % 2 === 0,
      });
      ack(`indicator ${key} ${seq}`);
    } else if (step === 3) {
      const key = domains[seq % domains.length]!;
      handlers['reviews.saveDomain']({
        reviewId: review.id,
        domainKey: key,
        judgement: 1 + (seq % 4),
        rationale: `#${seq}#`,
      });
      ack(`domain ${key} ${seq}`);
    } else if (step === 4) {
      handlers['metrics.save']({
        homeId: home.id,
        quarter: '2026-Q3',
        values: { complaints: seq % 1_000_000 },
      });
      // Figures above a million are refused; 200 rounds stay below it, the soak's 1,000 wrap at round 250.
      ack(`figures complaints ${seq}`);
    } else {
      // A whole review (dozens of rows) in one transaction: it must survive whole or not at all.
      handlers['reviews.start']({ homeId: home.id, quarter: addQuarters('2026-Q2', -older++) });
      ack(`review ${older}`);
    }
  }
}

function backups(store: Store) {
  for (let n = 0; ; n++)
    ack(`backup ${createBackup(store.db, store.backupsDir, 'manual', new Date(Date.now() + n))}`);
}

function restores() {
  // Two backups prepared by the test, holding one and two homes; restore them in turn.
  const choices = listBackups(process.env.HALLMARKS_RESTORE_FROM!).map((b) => b.file);
  for (let n = 0; ; n++) {
    restoreBackup(file, choices[n % choices.length]!, new Date(Date.now() + n));
    ack(`restored ${n}`);
  }
}

function imports(store: Store) {
  // A home file prepared by the test, imported again and again, each time replacing the copy before.
  const text = readFileSync(process.env.HALLMARKS_IMPORT_FILE!, 'utf8');
  for (let n = 0; ; n++) {
    const existing = store.handlers['homes.importPreview']({ text }).existing;
    store.handlers['homes.import']({ text, replaceHomeId: existing?.id ?? null });
    ack(`imported ${n}`);
  }
}

if (mode === 'restore') restores();
else {
  const store = open(); // opening migrates, recovers and backs up: kills land here too
  ack('opened');
  if (mode === 'edits') edits(store);
  else if (mode === 'backup') backups(store);
  else if (mode === 'import') imports(store);
  else for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50); // migrate: wait to be killed
}
