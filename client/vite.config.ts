import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': api,
      '/health': api,
    },
  },
  preview: { port: 4173 },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Lists each chunk's static imports and CSS: the bundle budget (bench/bundle-size.ts) reads it.
    manifest: true,
    rolldownOptions: {
      output: {
        // React and Apollo change less often than the app and every page needs them: their own
        // chunks stay cached across releases. Mantine, date-fns, zod and the rest are left to
        // route splitting, so a page's components arrive with the page, not with the landing page.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 30 },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib)[\\/]/, priority: 20 },
          ],
        },
      },
    },
  },
});
