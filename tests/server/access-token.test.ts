import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startServer, type RunningServer } from '../../src/server';

const TOKEN = 'test-token-0123456789';
let server: RunningServer;

beforeAll(async () => {
  const staticDir = mkdtempSync(path.join(os.tmpdir(), 'm1wb-static-'));
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>m1 Workbench</title>');
  server = await startServer({ port: 0, staticDir, token: TOKEN });
});
afterAll(() => server.close());

function get(pathname: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; cookie?: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, path: pathname, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, cookie: res.headers['set-cookie']?.[0] }));
    });
    req.on('error', reject);
    req.end();
  });
}

function upgrade(headers: Record<string, string>, query = ''): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/rpc${query}`, { headers });
    ws.once('open', () => {
      ws.close();
      resolve(101);
    });
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.once('error', () => undefined);
  });
}

describe('serve mode access token', () => {
  it('refuses to start off loopback without a token', async () => {
    await expect(startServer({ host: '0.0.0.0', port: 0, staticDir: os.tmpdir() })).rejects.toThrow(/without an access token/);
  });

  it('prints the token in the URL', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${TOKEN}`);
  });

  it('refuses requests without the token or with a wrong one', async () => {
    expect((await get('/')).status).toBe(401);
    expect((await get('/?token=wrong')).status).toBe(401);
    expect((await get('/', { authorization: 'Bearer wrong' })).status).toBe(401);
    expect(await upgrade({})).toBe(403);
    expect(await upgrade({}, '?token=wrong')).toBe(403);
  });

  it('accepts the token once in the URL, then through its cookie', async () => {
    const first = await get(`/?token=${TOKEN}`);
    expect(first.status).toBe(200);
    expect(first.cookie).toMatch(/^m1wb_token=.+; HttpOnly; SameSite=Strict/);
    const cookie = first.cookie!.split(';')[0];
    expect((await get('/assets/x.js', { cookie })).status).toBe(404); // authorised, just absent
    expect((await get('/', { authorization: `Bearer ${TOKEN}` })).status).toBe(200);
    expect(await upgrade({ cookie })).toBe(101);
    expect(await upgrade({}, `?token=${TOKEN}`)).toBe(101);
  });

  it('still checks Host and Origin when the token is right', async () => {
    expect((await get(`/?token=${TOKEN}`, { host: 'rebind.example' })).status).toBe(421);
    expect(await upgrade({ origin: 'http://evil.example' }, `?token=${TOKEN}`)).toBe(403);
  });
});
