// Reading the options of every command-line entry point (`npm run web`, `npm start`, `npm run seed:demo`,
// `npm run bench`, the build), so each answers `--help` with its usage and a mistyped option with what
// was wrong and the usage, never a stack trace. CommonJS so the plain .mjs scripts and the bundled
// TypeScript entry points share it.
'use strict';

const HELP = { name: 'help', short: 'h', description: 'Show this help and stop.' };

function optionLabel(option) {
  const long = `--${option.name}${option.value ? ` <${option.value}>` : ''}`;
  return option.short ? `-${option.short}, ${long}` : `    ${long}`;
}

/** The usage text: what the command does, its options and an example. */
function usage(spec) {
  const options = [...spec.options, HELP];
  const labels = options.map(optionLabel);
  const width = Math.max(...labels.map((label) => label.length));
  const lines = [
    `Usage: ${spec.command}${spec.options.length > 0 ? ' [options]' : ''}`,
    '',
    spec.summary,
    '',
  ];
  lines.push('Options:');
  options.forEach((option, i) => lines.push(`  ${labels[i].padEnd(width)}  ${option.description}`));
  if (spec.example) lines.push('', 'Example:', `  ${spec.example}`);
  return lines.join('\n');
}

function failure(spec, problem) {
  return { kind: 'error', text: `Hallmarks: ${problem}\n\n${usage(spec)}` };
}

function exampleOf(option) {
  return `--${option.name} ${option.example ?? `<${option.value}>`}`;
}

/**
 * Reads `argv` against `spec`: `{ kind: 'help', text }` when it asks for help, `{ kind: 'error', text }`
 * (the problem, then the usage) when it cannot be used, otherwise `{ kind: 'run', values }` with each
 * given option's text by name. `--name value` and `--name=value` both work.
 */
function readCommandLine(spec, argv) {
  const endOfOptions = argv.indexOf('--');
  const optionArgs = endOfOptions === -1 ? argv : argv.slice(0, endOfOptions);
  if (optionArgs.includes('--help') || optionArgs.includes('-h')) return { kind: 'help', text: usage(spec) };

  const values = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (i === endOfOptions || !arg.startsWith('-') || arg === '-') {
      const shown = i === endOfOptions ? argv[i + 1] : arg;
      if (shown === undefined) continue;
      return failure(spec, `"${shown}" is not an option. Options start with --, as listed below.`);
    }
    const equals = arg.indexOf('=');
    const name = arg.startsWith('--') ? arg.slice(2, equals === -1 ? undefined : equals) : null;
    const option = spec.options.find((candidate) => candidate.name === name);
    const given = equals === -1 ? arg : arg.slice(0, equals);
    if (!option) return failure(spec, `${given} is not an option. Use one of those listed below.`);
    if (!option.value) {
      if (equals !== -1) return failure(spec, `${given} takes no value: remove "${arg.slice(equals)}".`);
      values[option.name] = 'true';
      continue;
    }
    const value = equals === -1 ? argv[i + 1] : arg.slice(equals + 1);
    const missing = value === undefined || value.trim() === '' || (equals === -1 && value.startsWith('-'));
    if (missing) return failure(spec, `${given} needs a value after it, for example ${exampleOf(option)}`);
    values[option.name] = value;
    if (equals === -1) i++;
  }
  return { kind: 'run', values };
}

/**
 * For an entry point's first line: prints the usage and exits 0 on `--help`, prints the problem and the
 * usage and exits 2 on a command line it cannot use, and otherwise returns the options given.
 */
function commandLineOrExit(spec, argv = process.argv.slice(2), io = process) {
  const result = readCommandLine(spec, argv);
  if (result.kind === 'run') return result.values;
  if (result.kind === 'help') {
    io.stdout.write(`${result.text}\n`);
    return io.exit(0);
  }
  io.stderr.write(`${result.text}\n`);
  return io.exit(2);
}

/** For a problem found after reading the options (a missing or unusable value): says it, shows the usage, exits 2. */
function exitWithUsage(spec, problem, io = process) {
  io.stderr.write(`${failure(spec, problem).text}\n`);
  return io.exit(2);
}

module.exports = { usage, readCommandLine, commandLineOrExit, exitWithUsage };
