import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: { outDir: '../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  // The API and the server-rendered mini-sites (/b/<slug>) come from the Fastify server in development.
  server: { proxy: { '/api': 'http://localhost:3000', '/b/': 'http://localhost:3000' } },
});
