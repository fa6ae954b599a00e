// Built by Maven (npm ci, then npm run build) into target/classes/static, which Spring Boot
// serves at /. `npm run dev` serves the page on :5173 and sends /api to a local Barback.
// package.json pins rollup (through "overrides") at 4.67.4: the registry these machines use lacks
// some of the platform packages of later rollups, and `npm ci` refuses a lockfile without them.
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/',
  build: {
    outDir: '../../../target/classes/static',
    emptyOutDir: true,
    assetsDir: 'assets',
    // the page must work on a phone from a pub's patchy wifi: one script, one stylesheet
    chunkSizeWarningLimit: 400,
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
});
