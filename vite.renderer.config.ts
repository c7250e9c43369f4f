import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Browser-mode development of the renderer with plain Vite (no Electron binary needed).
 * API calls go over the WebSocket of a running `m1wb serve` (proxied below).
 */
const apiPort = Number(process.env.M1WB_API_PORT ?? 5180);

export default defineConfig({
  root: 'src/renderer',
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    proxy: { '/rpc': { target: `ws://127.0.0.1:${apiPort}`, ws: true } },
  },
  build: { outDir: '../../out/renderer-web', emptyOutDir: true, minify: true },
});
