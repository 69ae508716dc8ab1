import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Built once into dist/ and served by the gateway at `/`: hashed files under /assets are cached
// for a year, index.html never.
export default defineConfig({
  plugins: [react()],
  base: '/',
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
