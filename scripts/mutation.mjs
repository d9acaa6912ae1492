// `npm run test:mutation`: StrykerJS over contract/ and then db/, then one line per folder with its score.
// Each folder keeps an incremental file, so a second run only re-tests what changed.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

const folders = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['contract', 'db'];
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

let failed = false;
for (const folder of folders) {
  console.log(`\nMutation testing ${folder}/ …`);
  const run = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, HALLMARKS_MUTATE: folder },
  });
  if (run.status !== 0) failed = true;
}

const QUALITY = 'docs/quality.md';
if (!existsSync(QUALITY)) {
  writeFileSync(
    QUALITY,
    '# Quality measures\n\n## Mutation score\n\nWritten by `npm run test:mutation` at the end of each run (goal: at least 80% in each folder).\n\n' +
      '| date | folder | score | killed | timed out | survived | no coverage |\n|---|---|---|---|---|---|---|\n',
  );
}
// The day in Europe/London, as the app dates things (a plain .mjs script cannot import contract/rules/dates.ts).
const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

console.log('');
for (const folder of folders) {
  let report;
  try {
    report = JSON.parse(readFileSync(`reports/mutation/${folder}/mutation.json`, 'utf8'));
  } catch {
    console.log(`Mutation score ${folder}/: no report`);
    continue;
  }
  const counts = {};
  for (const file of Object.values(report.files)) {
    for (const mutant of file.mutants) counts[mutant.status] = (counts[mutant.status] ?? 0) + 1;
  }
  const sum = (set) => [...set].reduce((n, status) => n + (counts[status] ?? 0), 0);
  const detected = sum(DETECTED);
  const total = detected + sum(UNDETECTED);
  const score = total === 0 ? 0 : (detected / total) * 100;
  appendFileSync(
    QUALITY,
    `| ${today} | ${folder}/ | ${score.toFixed(2)}% | ${counts.Killed ?? 0} | ${counts.Timeout ?? 0} | ` +
      `${counts.Survived ?? 0} | ${counts.NoCoverage ?? 0} |\n`,
  );
  console.log(
    `Mutation score ${folder}/: ${score.toFixed(2)}% (killed ${counts.Killed ?? 0}, timed out ${counts.Timeout ?? 0}, ` +
      `survived ${counts.Survived ?? 0}, no coverage ${counts.NoCoverage ?? 0}; ignored ${counts.Ignored ?? 0} static)`,
  );
}
process.exit(failed ? 1 : 0);
