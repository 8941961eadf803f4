import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The API runs on 8080 in development; the built app is served by the API itself.
export default defineConfig({
  root: __dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { '/api': 'http://localhost:8080' } },
});
