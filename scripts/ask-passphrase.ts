import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Asks for a passphrase on the terminal without showing what is typed. */
function askHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let typed = '';
    const done = (error?: Error) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new Error('Stopped: nothing has been written or changed.'));
        typed = ch === '\u007f' || ch === '\b' ? typed.slice(0, -1) : typed + ch;
      }
    };
    stdin.on('data', onData);
  });
}

/**
 * The passphrase for a home file: from --passphrase-file (for scripts; the first line of the file), or
 * typed on the terminal, twice when it seals a new file so a slip of the finger cannot lock it away.
 */
export async function readPassphrase(
  values: Record<string, string | undefined>,
  { twice }: { twice: boolean },
): Promise<string> {
  const file = values['passphrase-file'];
  if (file) {
    try {
      return readFileSync(path.resolve(file), 'utf8').split(/\r?\n/)[0]!;
    } catch {
      throw new Error(`Hallmarks cannot read the passphrase file ${path.resolve(file)}.`);
    }
  }
  if (!process.stdin.isTTY) {
    throw new Error(
      'Give the passphrase with --passphrase-file, or run the command in a terminal to type it.',
    );
  }
  const first = await askHidden('Passphrase: ');
  if (!twice) return first;
  const again = await askHidden('Type the passphrase again: ');
  if (again !== first) throw new Error('The two passphrases are not the same. Nothing has been written.');
  return first;
}

export const PASSPHRASE_FILE_OPTION = {
  name: 'passphrase-file',
  value: 'file',
  example: './passphrase.txt',
  description: 'Read the passphrase from the first line of this file instead of asking for it.',
};
