import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunks, chunksNamed, layerTests, notMutated } from './mutation-chunks.mjs';

const root = path.resolve(__dirname, '..');

function sourceFiles(folder: string): string[] {
  return (readdirSync(path.join(root, folder), { recursive: true }) as string[])
    .filter((file) => file.endsWith('.ts'))
    .map((file) => `${folder}/${file.split(path.sep).join('/')}`);
}

const matches = (file: string, glob: string) => path.matchesGlob(file, glob);

describe('the parts mutation testing measures', () => {
  it('hold every source file of contract/ and db/ in exactly one part, leaving out only tests, helpers, wording and the demo', () => {
    const files = [...sourceFiles('contract'), ...sourceFiles('db')].filter(
      (file) => !notMutated.some((glob) => matches(file, glob)),
    );
    expect(files.length).toBeGreaterThan(100);
    const outside = files.filter(
      (file) => chunks.filter((c) => c.mutate.some((g) => matches(file, g))).length !== 1,
    );
    expect(outside).toEqual([]);
  });

  it('are each measured by tests that exist, and a db/ part by the tests of its own folders', () => {
    const tests = [...sourceFiles('contract'), ...sourceFiles('db'), ...sourceFiles('hub')].filter((file) =>
      file.endsWith('.test.ts'),
    );
    for (const chunk of chunks) {
      const globs = chunk.tests ?? layerTests;
      expect(tests.filter((file) => globs.some((g) => matches(file, g))).length, chunk.name).toBeGreaterThan(
        0,
      );
    }
    // A test named by its path (not a glob) is a file that exists.
    const named = chunks.flatMap((c) => (c.tests ?? []).filter((g) => !/[*{]/.test(g)));
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((file) => !tests.includes(file))).toEqual([]);
    const team = chunksNamed(['db-team'])[0]!;
    expect(tests.filter((file) => team.tests!.some((g) => matches(file, g)))).toEqual(
      tests.filter((file) => file.startsWith('db/team/')),
    );
  });

  it('are chosen by name or by folder, and an unknown name is refused', () => {
    expect(chunksNamed(['db-voice']).map((c) => c.name)).toEqual(['db-voice']);
    expect(chunksNamed(['contract']).every((c) => c.folder === 'contract')).toBe(true);
    expect(chunksNamed([])).toHaveLength(chunks.length);
    expect(() => chunksNamed(['dbvoice'])).toThrow('No mutation part is called "dbvoice".');
  });
});
