import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createBirpc } from 'birpc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { WorkbenchApi, WorkbenchEvents } from '../../src/shared/api';
import { startServer, type RunningServer } from '../../src/server';
import { deserializeMessage, serializeMessage } from '../../src/shared/rpc-codec';

let server: RunningServer;
let staticDir: string;

beforeAll(async () => {
  staticDir = mkdtempSync(path.join(os.tmpdir(), 'm1wb-static-'));
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>m1 Workbench</title>');
  server = await startServer({ port: 0, staticDir });
});
afterAll(() => server.close());

function get(pathname: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, path: pathname, headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function connect(headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/rpc`, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
}

function client(ws: WebSocket) {
  return createBirpc<WorkbenchApi, WorkbenchEvents>(
    { event: () => {} },
    {
      post: (d) => ws.send(d),
      on: (fn) => ws.on('message', (d) => fn(String(d))),
      serialize: serializeMessage,
      deserialize: deserializeMessage,
    },
  );
}

describe('browser-mode server', () => {
  it('serves the renderer on loopback, with single-page fallback', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const root = await get('/');
    expect(root.status).toBe(200);
    expect(root.body).toContain('m1 Workbench');
    expect((await get('/study/some/route')).body).toContain('m1 Workbench');
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const res = await get('/', { host: 'attacker.example:80' });
    expect(res.status).toBe(421);
    await expect(connect({ host: 'attacker.example' })).rejects.toThrow(/403/);
  });

  it('refuses WebSocket upgrades from a foreign Origin', async () => {
    await expect(connect({ origin: 'http://evil.example' })).rejects.toThrow(/403/);
  });

  it('answers typed calls over the WebSocket and validates their arguments', async () => {
    const ws = await connect({ origin: `http://127.0.0.1:${server.port}` });
    const api = client(ws);
    expect(await api.ping('hello')).toBe('hello');
    const info = await api.getInfo();
    expect(info.name).toBe('m1 Workbench');
    expect(info.transport).toBe('websocket');
    await expect((api.ping as (...a: unknown[]) => Promise<string>)(42)).rejects.toThrow(/invalid arguments to ping/);
    await expect((api.ping as (...a: unknown[]) => Promise<string>)('a', 'b')).rejects.toThrow(/invalid arguments to ping/);
    ws.close();
  });
});
