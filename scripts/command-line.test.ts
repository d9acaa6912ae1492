import { describe, expect, it } from 'vitest';
import { commandLineOrExit, readCommandLine, usage, type CommandSpec } from './command-line.cjs';

const spec: CommandSpec = {
  command: 'npm run thing --',
  summary: 'Does a thing.',
  options: [
    { name: 'db', value: 'file', example: './x.sqlite', description: 'The data file.' },
    { name: 'quiet', description: 'Say less.' },
  ],
  example: 'npm run thing -- --db ./x.sqlite',
};

describe('readCommandLine', () => {
  it('reads --name value and --name=value, and flags', () => {
    expect(readCommandLine(spec, ['--db', 'a.sqlite', '--quiet'])).toEqual({
      kind: 'run',
      values: { db: 'a.sqlite', quiet: 'true' },
    });
    expect(readCommandLine(spec, ['--db=b c.sqlite'])).toEqual({ kind: 'run', values: { db: 'b c.sqlite' } });
    expect(readCommandLine(spec, [])).toEqual({ kind: 'run', values: {} });
  });

  it('answers --help and -h with the usage, wherever they are', () => {
    for (const argv of [['--help'], ['-h'], ['--db', 'x', '--help'], ['--nonsense', '-h']]) {
      expect(readCommandLine(spec, argv)).toEqual({ kind: 'help', text: usage(spec) });
    }
  });

  it('names an unknown option and shows the usage', () => {
    for (const [argv, named] of [
      [['--dbb', 'x'], '--dbb'],
      [['--db=x', '--port=5'], '--port'],
      [['-x'], '-x'],
      [['---db'], '---db'],
    ] as const) {
      const result = readCommandLine(spec, argv);
      expect(result.kind).toBe('error');
      if (result.kind !== 'error') continue;
      expect(result.text).toContain(`Hallmarks: ${named} is not an option. Use one of those listed below.`);
      expect(result.text).toContain(usage(spec));
    }
  });

  it('says when a value is missing, instead of taking the next option as it', () => {
    for (const argv of [['--db'], ['--db', '--quiet'], ['--db='], ['--db', '  ']]) {
      const result = readCommandLine(spec, argv);
      expect(result).toMatchObject({ kind: 'error' });
      expect(result.kind === 'error' && result.text).toContain(
        'Hallmarks: --db needs a value after it, for example --db ./x.sqlite',
      );
    }
  });

  it('refuses a value on a flag, and words that are not options', () => {
    expect(readCommandLine(spec, ['--quiet=yes'])).toMatchObject({
      kind: 'error',
      text: expect.stringContaining('--quiet takes no value: remove "=yes".'),
    });
    for (const argv of [['a.sqlite'], ['--db', 'x', 'extra'], ['--', '--help']]) {
      const result = readCommandLine(spec, argv);
      expect(result).toMatchObject({ kind: 'error', text: expect.stringContaining('is not an option') });
    }
  });
});

describe('usage', () => {
  it('lists every option with its value, the help option and the example', () => {
    const text = usage(spec);
    expect(text.split('\n')[0]).toBe('Usage: npm run thing -- [options]');
    expect(text).toMatch(/ {6}--db <file> {2,}The data file\./);
    expect(text).toMatch(/ {6}--quiet {2,}Say less\./);
    expect(text).toMatch(/-h, --help {2,}Show this help and stop\./);
    expect(text).toContain('Example:\n  npm run thing -- --db ./x.sqlite');
  });
});

describe('commandLineOrExit', () => {
  function run(argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    let code: number | null = null;
    const io = {
      stdout: { write: (text: string) => out.push(text) },
      stderr: { write: (text: string) => err.push(text) },
      exit: ((c: number) => {
        code = c;
        return undefined as never;
      }) as (code: number) => never,
    };
    const values = commandLineOrExit(spec, argv, io);
    return { values, out: out.join(''), err: err.join(''), code };
  }

  it('prints the usage to standard output and exits 0 for --help', () => {
    const result = run(['--help']);
    expect(result).toMatchObject({ out: `${usage(spec)}\n`, err: '', code: 0 });
  });

  it('prints the problem and the usage to standard error and exits 2 for a mistake', () => {
    const result = run(['--bogus']);
    expect(result.out).toBe('');
    expect(result.err).toMatch(/^Hallmarks: --bogus is not an option\./);
    expect(result.code).toBe(2);
  });

  it('returns the options otherwise, without exiting', () => {
    expect(run(['--db', 'a'])).toMatchObject({ values: { db: 'a' }, code: null, out: '', err: '' });
  });
});
