import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import type { ChunkingContext } from 'rolldown';
import { importAliases } from './import-aliases.mjs';

const START = fileURLToPath(new URL('./renderer/src/start.ts', import.meta.url));
const DASHBOARD = fileURLToPath(new URL('./renderer/src/screens/DashboardScreen.tsx', import.meta.url));

/**
 * Names the modules the dashboard imports, directly or not, as one chunk: the dashboard is a chunk of its
 * own (renderer/src/routeChunks.ts), loaded with the start-up read, and split into a dozen small files it
 * waited on each of them, queued behind the browser's six connections. Its lazily loaded panels are not
 * followed, so they stay in their own chunks.
 */
function dashboardChunk(): (id: string, context: ChunkingContext) => string | null {
  let closure: Set<string> | null = null;
  return (id, context) => {
    if (!closure) {
      const found = new Set<string>();
      const visit = (module: string) => {
        if (found.has(module)) return;
        found.add(module);
        context.getModuleInfo(module)?.importedIds.forEach(visit);
      };
      visit(DASHBOARD);
      closure = found;
    }
    return closure.has(id) ? 'dashboard' : null;
  };
}

/**
 * src/start.ts is built as its own small entry and is the page's first script: in browser mode it sends
 * the start-up read while the app's JavaScript is still downloading (the read used to wait for all of it).
 */
function startScriptFirst(): Plugin {
  return {
    name: 'hallmarks-start-script-first',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === 'start',
        );
        const src = chunk ? `./${chunk.fileName}` : './src/start.ts';
        return [{ tag: 'script', attrs: { type: 'module', src }, injectTo: 'head-prepend' }];
      },
    },
  };
}

// The page runs under a strict CSP (no inline script or style), so nothing may be inlined into index.html.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react(), startScriptFirst()],
  resolve: { alias: importAliases },
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    target: 'chrome120',
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./renderer/index.html', import.meta.url)),
        start: START,
      },
      output: {
        // Everything the first screen imports statically in one file. Left to itself the bundler splits
        // off each small module a lazy screen also uses (query keys, grade words...), and the first
        // screen waited on a dozen requests, several under 1 KB, queued behind the browser's six
        // connections. The screens' own code still loads lazily, in its own chunks.
        // The start script stays out of it, so it loads on its own.
        codeSplitting: {
          groups: [
            {
              name: 'first-screen',
              tags: ['$initial'],
              test: (id: string) => id !== START,
            },
            // What the first screen already has is taken above (groups are filled in order).
            { name: dashboardChunk() },
          ],
        },
      },
    },
  },
});
