/**
 * Browser-mode server: serves the built renderer and the typed API over a WebSocket, on
 * 127.0.0.1 by default.
 */
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { WebSocketServer } from 'ws';
import { WS_PATH } from '../shared/api';
import { attachRpc, createWorkbenchService } from '../service';
import { hostAllowed, loopbackPolicy, originAllowed } from './host-check';
import { RENDERER_DIR, RESOURCES_DIR } from './paths';

export interface ServerOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** The built renderer (default: out/renderer). */
  staticDir?: string;
  /** Bundled resources (default: resources/). */
  resourcesDir?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  const staticDir = opts.staticDir ?? RENDERER_DIR;
  const resourcesDir = opts.resourcesDir ?? RESOURCES_DIR;
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    throw new Error(`the renderer is not built (${staticDir} has no index.html); run "npm run build" first`);
  }
  const serveStatic = sirv(staticDir, { single: true, dev: false, etag: true });
  let policy = loopbackPolicy(opts.port ?? 0);

  const server = http.createServer((req, res) => {
    if (!hostAllowed(policy, req.headers.host)) {
      res.writeHead(421, { 'content-type': 'text/plain' }).end('unknown Host\n');
      return;
    }
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    serveStatic(req, res, () => {
      res.writeHead(404).end('not found\n');
    });
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 * 1024 });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://local');
    if (url.pathname !== WS_PATH || !hostAllowed(policy, req.headers.host) || !originAllowed(policy, req.headers.origin)) {
      socket.write('HTTP/1.1 403 Forbidden\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const service = createWorkbenchService({ transport: 'websocket', resourcesDir });
      const listeners: Array<(d: string) => void> = [];
      ws.on('message', (data) => listeners.forEach((l) => l(String(data))));
      attachRpc(service, { post: (d) => ws.send(d), on: (l) => void listeners.push(l) });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  policy = loopbackPolicy(port, host === '127.0.0.1' || host === 'localhost' ? [] : [host]);
  const shownHost = host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of wss.clients) c.terminate();
        wss.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
