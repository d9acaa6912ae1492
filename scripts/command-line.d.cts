// Types for scripts/command-line.cjs.
export interface CommandOption {
  /** Without the dashes: "db" for --db. */
  name: string;
  /** What follows the option in the usage ("file" shows `--db <file>`); none for an on/off flag. */
  value?: string;
  /** Shown in "needs a value" errors, for example "./my-home.sqlite". */
  example?: string;
  description: string;
}

export interface CommandSpec {
  /** How a person runs it, for example "npm run web --". */
  command: string;
  /** One or two sentences: what it does. */
  summary: string;
  options: CommandOption[];
  example?: string;
}

export type CommandLine =
  | { kind: 'run'; values: Record<string, string | undefined> }
  | { kind: 'help'; text: string }
  | { kind: 'error'; text: string };

export interface CommandLineIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  exit(code: number): never;
}

export declare function usage(spec: CommandSpec): string;
export declare function readCommandLine(spec: CommandSpec, argv: readonly string[]): CommandLine;
export declare function commandLineOrExit(
  spec: CommandSpec,
  argv?: readonly string[],
  io?: CommandLineIo,
): Record<string, string | undefined>;
export declare function exitWithUsage(spec: CommandSpec, problem: string, io?: CommandLineIo): never;
