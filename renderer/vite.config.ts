// Built with `npx vite build --config renderer/vite.config.ts` from the repo root.
// The base is relative so the same files load from the app:// protocol, file:// and the e2e http server.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = import.meta.dirname;

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  build: {
    outDir: `${here}/../dist/renderer`,
    emptyOutDir: true,
    target: 'chrome130',
    // The CSP forbids inline scripts; keep every asset a separate file.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
});
