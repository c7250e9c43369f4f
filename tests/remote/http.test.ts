/**
 * The HTTP layer of the remote backend against a real local HTTP server that misbehaves on
 * purpose: retries with backoff on 429, 5xx and timeouts, no retry on other errors, the
 * bearer key, cancellation.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpStatusError, requestJson } from '../../src/engine/remote';

let server: Server | undefined;

async function serve(handler: (req: IncomingMessage, res: ServerResponse, n: number) => void): Promise<string> {
  let n = 0;
  server = createServer((req, res) => handler(req, res, ++n));
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = undefined;
});

describe('requestJson', () => {
  it('retries 429 and 503 with growing delays, then returns the answer', async () => {
    const seen: string[] = [];
    const baseUrl = await serve((req, res, n) => {
      seen.push(String(req.headers.authorization));
      if (n === 1) return res.writeHead(429).end('slow down');
      if (n === 2) return res.writeHead(503).end('loading');
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
    const retries: number[] = [];
    const out = await requestJson(
      { baseUrl, apiKey: 'k', backoffMs: 20, onRetry: (i) => retries.push(i.delayMs) },
      '/v1/completions',
      { prompt: 'x' },
    );
    expect(out).toEqual({ ok: true });
    expect(retries).toEqual([20, 40]);
    expect(seen).toEqual(['Bearer k', 'Bearer k', 'Bearer k']);
  });

  it('retries a request that times out', async () => {
    const baseUrl = await serve((_req, res, n) => {
      if (n === 1) return; // never answers
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"n":2}');
    });
    const reasons: string[] = [];
    const out = await requestJson({ baseUrl, timeoutMs: 200, backoffMs: 10, onRetry: (i) => reasons.push(i.reason) }, '/x', {});
    expect(out).toEqual({ n: 2 });
    expect(reasons[0]).toMatch(/no answer within 200 ms/);
  });

  it('does not retry a 400 and names the URL and status', async () => {
    let calls = 0;
    const baseUrl = await serve((_req, res) => {
      calls++;
      res.writeHead(400).end('{"error":"context too long"}');
    });
    const err = await requestJson({ baseUrl, backoffMs: 10 }, '/v1/completions', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpStatusError);
    expect((err as HttpStatusError).status).toBe(400);
    expect((err as Error).message).toContain(`${baseUrl}/v1/completions: HTTP 400`);
    expect(calls).toBe(1);
  });

  it('gives up after the configured retries', async () => {
    let calls = 0;
    const baseUrl = await serve((_req, res) => {
      calls++;
      res.writeHead(500).end();
    });
    await expect(requestJson({ baseUrl, retries: 2, backoffMs: 5 }, '/x', {})).rejects.toBeInstanceOf(HttpStatusError);
    expect(calls).toBe(3);
  });

  it('stops waiting when cancelled', async () => {
    const baseUrl = await serve(() => {
      // never answers
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(requestJson({ baseUrl, signal: controller.signal }, '/x', {})).rejects.toMatchObject({ name: 'AbortError' });
  });
});
