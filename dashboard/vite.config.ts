import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Built once into dist/, which the gateway serves at `/`: relative asset paths, no CDN, no fonts
// from the internet (the system font stack), charts bundled.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1600,
    reportCompressedSize: false,
    // Fixed names: the gateway serves exactly these files (its routes are exact paths).
    rollupOptions: { output: { entryFileNames: 'assets/app.js', chunkFileNames: 'assets/[name].js', assetFileNames: (a) => (a.names?.[0]?.endsWith('.css') ? 'assets/app.css' : 'assets/[name][extname]') } },
  },
  server: {
    // `npm run dev -w dashboard` beside `npm start`: the page's GraphQL goes to the running gateway.
    proxy: { '/graphql': 'http://127.0.0.1:4000', '/export.csv': 'http://127.0.0.1:4000' },
  },
});
