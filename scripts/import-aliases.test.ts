import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAliases } from '../import-aliases.mjs';

describe('import aliases', () => {
  it('say the same in tsconfig.base.json as for Vite, Vitest and esbuild', () => {
    const tsconfig = JSON.parse(readFileSync(new URL('../tsconfig.base.json', import.meta.url), 'utf8')) as {
      compilerOptions: { paths: Record<string, string[]> };
    };
    const fromTsconfig = Object.fromEntries(
      Object.entries(tsconfig.compilerOptions.paths).map(([alias, [target]]) => [
        alias.replace(/\/\*$/, ''),
        path.resolve(String(target).replace(/\/\*$/, '')),
      ]),
    );
    expect(fromTsconfig).toEqual(importAliases);
  });
});
