// The import aliases, in one place for Vite, Vitest and esbuild (scripts/build-node.mjs).
// tsconfig.base.json "paths" says the same for tsc; import-aliases.test.ts checks that the two agree.
import { fileURLToPath } from 'node:url';

const at = (path) => fileURLToPath(new URL(path, import.meta.url));

/** Alias → absolute path. `@contract/home` resolves to contract/home; `@review` to the feature's index. */
export const importAliases = {
  '@contract': at('./contract'),
  '@shared': at('./renderer/src/shared'),
  // A feature's API entry, what other features may use, before the feature's own alias so it is found first.
  '@review/api': at('./renderer/src/review/api/index.ts'),
  // What the app shell uses of a feature whose index.ts serves other features' lazily loaded code.
  '@review/shell': at('./renderer/src/review/shell.ts'),
  '@tracking/shell': at('./renderer/src/tracking/shell.ts'),
  // What the app shell's lazily loaded screens (the dashboard, first run) use of those features.
  '@review/parts': at('./renderer/src/review/parts.ts'),
  '@tracking/parts': at('./renderer/src/tracking/parts.ts'),
  '@improvement/api': at('./renderer/src/improvement/api/index.ts'),
  '@voice/api': at('./renderer/src/voice/api/index.ts'),
  '@tracking/api': at('./renderer/src/tracking/api/index.ts'),
  '@review': at('./renderer/src/review/index.ts'),
  // Before '@tracking', so that this one is found first: what only lazily loaded code may import.
  '@tracking/charts': at('./renderer/src/tracking/charts.ts'),
  '@tracking': at('./renderer/src/tracking/index.ts'),
  '@improvement': at('./renderer/src/improvement/index.ts'),
  '@reports': at('./renderer/src/reports/index.ts'),
  '@voice': at('./renderer/src/voice/index.ts'),
  '@meetings': at('./renderer/src/meetings/index.ts'),
};
