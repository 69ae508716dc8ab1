import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Built once into dist/ and served by the gateway at `/`: hashed files under /assets are cached
// for a year, index.html never.
export default defineConfig({
  plugins: [react()],
  base: '/',
  // The typed client is bundled from its source, like the shared enumerations.
  resolve: {
    alias: { '@sinergi/client': fileURLToPath(new URL('../../libs/client/src/index.ts', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    sourcemap: false,
    manifest: true,
    reportCompressedSize: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
