import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Built once into dist/, which the gateway serves at `/`: relative asset paths, no CDN, charts and
// the font bundled (src/fonts.css: its woff2 files inlined into app.css, so dist/ holds only the
// files the gateway serves).
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1600,
    reportCompressedSize: false,
    assetsInlineLimit: (file: string) => (file.endsWith('.woff2') ? true : undefined),
    // Fixed names: the gateway serves exactly these files (its routes are exact paths).
    rollupOptions: { output: { entryFileNames: 'assets/app.js', chunkFileNames: 'assets/[name].js', assetFileNames: (a) => (a.names?.[0]?.endsWith('.css') ? 'assets/app.css' : 'assets/[name][extname]') } },
  },
  server: {
    // `npm run dev -w dashboard` beside `npm start`: the page's GraphQL goes to the running gateway.
    proxy: { '/graphql': 'http://127.0.0.1:4000', '/export.csv': 'http://127.0.0.1:4000' },
  },
});
