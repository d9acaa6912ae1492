// `npm run test:mutation [--record-only] [part or folder …]`: StrykerJS over contract/ and db/, one part at a time
// (scripts/mutation-chunks.mjs), then one line per folder in docs/quality.md with its score over the
// parts measured so far. Each part keeps an incremental file in docs/mutation/, written when the part
// finishes, so a later run only re-tests what changed and a stopped run keeps the parts it finished.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { chunks, chunksNamed, layerTests } from './mutation-chunks.mjs';

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

// --record-only writes the scores of the parts measured so far without running any (after a run was stopped).
const recordOnly = process.argv.includes('--record-only');
const selected = chunksNamed(process.argv.slice(2).filter((arg) => arg !== '--record-only'));
let failed = false;
for (const chunk of recordOnly ? [] : selected) {
  const started = Date.now();
  console.log(`\nMutation testing ${chunk.name} (${chunk.mutate.join(', ')}) …`);
  const run = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      HALLMARKS_MUTATE: chunk.folder,
      HALLMARKS_MUTATE_CHUNK: chunk.name,
      HALLMARKS_MUTATE_TESTS: JSON.stringify(chunk.tests ?? layerTests),
    },
  });
  if (run.status !== 0) failed = true;
  console.log(`${chunk.name}: ${Math.round((Date.now() - started) / 1000)} s`);
}

/** Mutant counts by status from a part's incremental file (Stryker's JSON report), or null if never run. */
function countsOf(chunk) {
  const file = `docs/mutation/${chunk.name}.incremental.json`;
  if (!existsSync(file)) return null;
  const counts = {};
  for (const source of Object.values(JSON.parse(readFileSync(file, 'utf8')).files)) {
    for (const mutant of source.mutants) counts[mutant.status] = (counts[mutant.status] ?? 0) + 1;
  }
  return counts;
}

const QUALITY = 'docs/quality.md';
if (!existsSync(QUALITY)) {
  writeFileSync(
    QUALITY,
    '# Quality measures\n\n## Mutation score\n\nWritten by `npm run test:mutation` at the end of each run ' +
      '(goal: at least 80% in each folder). A folder is measured in parts (scripts/mutation-chunks.mjs); ' +
      '"parts" says how many of its parts have been measured, and the score counts only those.\n\n' +
      '| date | folder | score | killed | timed out | survived | no coverage | parts |\n|---|---|---|---|---|---|---|---|\n',
  );
}
// The day in Europe/London, as the app dates things (a plain .mjs script cannot import contract/rules/dates.ts).
const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

console.log('');
for (const folder of [...new Set(selected.map((c) => c.folder))]) {
  const parts = chunks.filter((c) => c.folder === folder);
  const counts = {};
  let measured = 0;
  for (const part of parts) {
    const partCounts = countsOf(part);
    if (!partCounts) continue;
    measured += 1;
    for (const [status, n] of Object.entries(partCounts)) counts[status] = (counts[status] ?? 0) + n;
    const detected = [...DETECTED].reduce((n, s) => n + (partCounts[s] ?? 0), 0);
    const total = detected + [...UNDETECTED].reduce((n, s) => n + (partCounts[s] ?? 0), 0);
    console.log(
      `  ${part.name}: ${total === 0 ? '–' : ((detected / total) * 100).toFixed(2) + '%'} of ${total}`,
    );
  }
  // A run that measured nothing (its initial test run failed, say) has no score to write down.
  if (measured === 0) {
    console.log(`No part of ${folder}/ has been measured yet: nothing written to ${QUALITY}.`);
    continue;
  }
  const sum = (set) => [...set].reduce((n, status) => n + (counts[status] ?? 0), 0);
  const detected = sum(DETECTED);
  const total = detected + sum(UNDETECTED);
  const score = total === 0 ? 0 : (detected / total) * 100;
  appendFileSync(
    QUALITY,
    `| ${today} | ${folder}/ | ${score.toFixed(2)}% | ${counts.Killed ?? 0} | ${counts.Timeout ?? 0} | ` +
      `${counts.Survived ?? 0} | ${counts.NoCoverage ?? 0} | ${measured} of ${parts.length} |\n`,
  );
  console.log(
    `Mutation score ${folder}/: ${score.toFixed(2)}% over ${measured} of ${parts.length} parts (killed ${counts.Killed ?? 0}, ` +
      `timed out ${counts.Timeout ?? 0}, survived ${counts.Survived ?? 0}, no coverage ${counts.NoCoverage ?? 0}; ` +
      `ignored ${counts.Ignored ?? 0} static)`,
  );
}
process.exit(failed ? 1 : 0);
