import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { importAliases } from './import-aliases.mjs';

// The provider hub's pages (hub/pages): a second entry, built on its own into dist/hub-pages and served
// by the hub. It shares the app's styles and grade components, so it has the same GOV.UK look.
export default defineConfig({
  root: fileURLToPath(new URL('./hub/pages', import.meta.url)),
  base: '/',
  plugins: [react()],
  resolve: { alias: importAliases },
  build: {
    outDir: fileURLToPath(new URL('./dist/hub-pages', import.meta.url)),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    target: 'chrome120',
    rolldownOptions: { input: { hub: fileURLToPath(new URL('./hub/pages/hub.html', import.meta.url)) } },
  },
});
