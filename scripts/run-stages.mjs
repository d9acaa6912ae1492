// Runs npm scripts as timed stages and prints how long each took, so a slow CI run says where the time
// went. Stages run in the order given; stages joined by a comma run side by side (each of tsc and ESLint
// keeps one core busy, so on two cores typecheck and lint together take about as long as the slower one).
// The first failure stops the run, after the stages beside it have finished, with its exit code.
import { spawn } from 'node:child_process';

const USAGE = `Usage: node scripts/run-stages.mjs <stage> [<stage> ...]

Runs each npm script given as a timed stage and prints "stage <script>: <seconds> s" after it, then the
total. Scripts joined by a comma (typecheck,lint) run at the same time; their output is printed when
each ends, so it does not interleave.`;

const stages = process.argv.slice(2);
if (stages.length === 0 || stages.some((arg) => arg.startsWith('-'))) {
  const asked = stages.includes('--help') || stages.includes('-h');
  (asked ? console.log : console.error)(USAGE);
  process.exit(asked ? 0 : 2);
}

const seconds = (start) => ((performance.now() - start) / 1000).toFixed(1);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs `npm run <script>`; alone it shares the terminal, beside others its output is held until it ends. */
function runScript(script, together) {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', script], {
      stdio: together ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (code, signal) => {
      if (output.length > 0) process.stdout.write(Buffer.concat(output));
      const result = code === 0 ? '' : ` (failed: ${signal ?? `exit code ${code}`})`;
      console.log(`stage ${script}: ${seconds(start)} s${result}`);
      resolve(code ?? 1);
    });
  });
}

const total = performance.now();
const times = [];
for (const group of stages) {
  const scripts = group.split(',').filter(Boolean);
  const start = performance.now();
  const codes = await Promise.all(scripts.map((script) => runScript(script, scripts.length > 1)));
  times.push(`${group}: ${seconds(start)} s`);
  const failed = codes.find((code) => code !== 0);
  if (failed !== undefined) {
    console.log(`Stopped after ${group} failed. Times: ${times.join(', ')}; total ${seconds(total)} s`);
    process.exit(failed);
  }
}
console.log(`Stages: ${times.join(', ')}; total ${seconds(total)} s`);
