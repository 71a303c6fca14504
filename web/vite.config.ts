import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The web app lives in `web/`; `npm run dev` serves it with live reload and proxies the
 * API paths to a server running on port 4000 (`npm run dev:server`), so the browser
 * talks to one origin in development exactly as it does in production (`npm start`
 * serves `web/dist` and the API on one port).
 */
const api = process.env.KINERJA_API_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    proxy: {
      '/graphql': { target: api, changeOrigin: true },
      '/healthz': { target: api, changeOrigin: true },
      '/files': { target: api, changeOrigin: true },
    },
  },
});
