import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunks, chunksNamed, notMutated } from './mutation-chunks.mjs';

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

  it('are chosen by name or by folder, and an unknown name is refused', () => {
    expect(chunksNamed(['db-voice']).map((c) => c.name)).toEqual(['db-voice']);
    expect(chunksNamed(['contract']).every((c) => c.folder === 'contract')).toBe(true);
    expect(chunksNamed([])).toHaveLength(chunks.length);
    expect(() => chunksNamed(['dbvoice'])).toThrow('No mutation part is called "dbvoice".');
  });
});
