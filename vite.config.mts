import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { importAliases } from './import-aliases.mjs';

// The page runs under a strict CSP (no inline script or style), so nothing may be inlined into index.html.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  resolve: { alias: importAliases },
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    target: 'chrome120',
    rolldownOptions: {
      output: {
        // Everything the first screen imports statically in one file. Left to itself the bundler splits
        // off each small module a lazy screen also uses (query keys, grade words...), and the first
        // screen waited on a dozen requests, several under 1 KB, queued behind the browser's six
        // connections. The screens' own code still loads lazily, in its own chunks.
        codeSplitting: { groups: [{ name: 'first-screen', tags: ['$initial'] }] },
      },
    },
  },
});
