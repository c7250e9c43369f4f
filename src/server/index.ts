/**
 * Browser-mode server: serves the built renderer and the typed API over a WebSocket, on
 * 127.0.0.1 by default.
 */
import { existsSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { WebSocketServer } from 'ws';
import { WS_PATH } from '../shared/api';
import { attachRpc, browserModePaths, connectEvents, createDesktopContext, createWorkbenchService, type DesktopContext } from '../service';
import { presentedToken, tokenCookie } from './access-token';
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
  /** Access token; required when listening on anything but loopback. */
  token?: string;
  /** Extra Host names accepted (besides loopback, the bound address and this machine's names). */
  allowHosts?: string[];
  /** Settings, runs and downloads shared by all connections (default: browser mode's data folder). */
  desktop?: DesktopContext;
}

export function isLoopbackHost(host: string): boolean {
  return host === '127.0.0.1' || host === 'localhost' || host === '::1' || host.startsWith('127.');
}

/** Names this machine may be reached by when serving on a non-loopback address. */
function machineHostNames(host: string): string[] {
  const names = [host, os.hostname().toLowerCase()];
  if (host === '0.0.0.0' || host === '::') {
    for (const list of Object.values(os.networkInterfaces())) {
      for (const a of list ?? []) names.push(a.family === 'IPv6' ? `[${a.address}]` : a.address);
    }
  }
  return names;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  const token = opts.token;
  if (!isLoopbackHost(host) && !token) {
    throw new Error(`refusing to serve on ${host} without an access token`);
  }
  const staticDir = opts.staticDir ?? RENDERER_DIR;
  const resourcesDir = opts.resourcesDir ?? RESOURCES_DIR;
  if (!existsSync(path.join(staticDir, 'index.html'))) {
    throw new Error(`the renderer is not built (${staticDir} has no index.html); run "npm run build" first`);
  }
  const desktop = opts.desktop ?? createDesktopContext(browserModePaths());
  desktop.log.info(`browser mode on ${host}`);
  // Files are looked up per request (not cached at start), so a rebuild of the renderer while
  // the server runs serves the new files instead of failing on the old names.
  const serveStatic = sirv(staticDir, { single: true, dev: true, etag: true });
  let policy = loopbackPolicy(opts.port ?? 0);

  const server = http.createServer((req, res) => {
    if (!hostAllowed(policy, req.headers.host)) {
      res.writeHead(421, { 'content-type': 'text/plain' }).end('unknown Host\n');
      return;
    }
    if (token) {
      const via = presentedToken(req, token);
      if (!via) {
        res.writeHead(401, { 'content-type': 'text/plain' }).end('access token required: open the URL printed by m1wb serve\n');
        return;
      }
      if (via === 'query') res.setHeader('set-cookie', tokenCookie(token));
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
    const denied =
      url.pathname !== WS_PATH ||
      !hostAllowed(policy, req.headers.host) ||
      !originAllowed(policy, req.headers.origin) ||
      (token !== undefined && presentedToken(req, token) === null);
    if (denied) {
      socket.write('HTTP/1.1 403 Forbidden\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const service = createWorkbenchService({ transport: 'websocket', resourcesDir, desktop });
      const listeners: Array<(d: string) => void> = [];
      ws.on('message', (data) => listeners.forEach((l) => l(String(data))));
      const client = attachRpc(service, {
        post: (d) => {
          if (ws.readyState === ws.OPEN) ws.send(d);
        },
        on: (l) => void listeners.push(l),
      });
      const disconnect = connectEvents(desktop, client);
      ws.on('close', disconnect);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  policy = loopbackPolicy(port, [...(isLoopbackHost(host) ? [] : machineHostNames(host)), ...(opts.allowHosts ?? [])]);
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return {
    url: `http://${shownHost}:${port}/${token ? `?token=${encodeURIComponent(token)}` : ''}`,
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
