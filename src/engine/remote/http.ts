/**
 * JSON over HTTP to a serving engine: bearer API key, a timeout per attempt, retries with
 * exponential backoff (and Retry-After) on 429, 5xx, timeouts and dropped connections,
 * cancellation through an AbortSignal.
 */

export interface HttpOptions {
  baseUrl: string;
  apiKey?: string;
  /** Per attempt; default 600 000 ms. */
  timeoutMs?: number;
  /** Retries after the first attempt; default 6. */
  retries?: number;
  /** First backoff delay; doubles each retry (capped at 30 s); default 500 ms. */
  backoffMs?: number;
  signal?: AbortSignal;
  /** Called before each retry (for logs). */
  onRetry?: (info: { url: string; attempt: number; delayMs: number; reason: string }) => void;
}

export class HttpStatusError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
    readonly body: string,
  ) {
    super(`${url}: HTTP ${status}${body ? `: ${body.slice(0, 300)}` : ''}`);
  }
}

const retryable = (status: number) => status === 429 || status >= 500;

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function endpoint(baseUrl: string, path: string): string {
  return baseUrl.replace(/\/+$/, '') + path;
}

/** POST (or GET without a body) and parse the JSON answer, retrying what can be retried. */
export async function requestJson<T = unknown>(opts: HttpOptions, path: string, body?: unknown): Promise<T> {
  const url = endpoint(opts.baseUrl, path);
  const retries = opts.retries ?? 6;
  const timeoutMs = opts.timeoutMs ?? 600_000;
  let delay = opts.backoffMs ?? 500;
  for (let attempt = 0; ; attempt++) {
    opts.signal?.throwIfAborted();
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
    let reason: string;
    let retryAfterMs: number | undefined;
    try {
      const headers: Record<string, string> = { accept: 'application/json' };
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (opts.apiKey) headers.authorization = `Bearer ${opts.apiKey}`;
      const res = await fetch(url, { method: body === undefined ? 'GET' : 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body), signal });
      const text = await res.text();
      if (res.ok) {
        try {
          return JSON.parse(text) as T;
        } catch {
          throw new Error(`${url}: the answer is not JSON: ${text.slice(0, 200)}`);
        }
      }
      if (!retryable(res.status)) throw new HttpStatusError(url, res.status, text);
      reason = `HTTP ${res.status}`;
      const ra = Number(res.headers.get('retry-after'));
      if (Number.isFinite(ra) && ra > 0) retryAfterMs = ra * 1000;
      if (attempt >= retries) throw new HttpStatusError(url, res.status, text);
    } catch (e) {
      if (opts.signal?.aborted) throw opts.signal.reason;
      if (e instanceof HttpStatusError || (e instanceof Error && e.message.startsWith(`${url}: the answer`))) throw e;
      const timedOut = timeout.aborted;
      reason = timedOut ? `no answer within ${timeoutMs} ms` : `connection failed (${(e as Error).cause ? String((e as { cause: unknown }).cause) : (e as Error).message})`;
      if (attempt >= retries) throw new Error(`${url}: ${reason} after ${attempt + 1} attempts`, { cause: e });
    }
    const wait = Math.min(30_000, retryAfterMs ?? delay);
    opts.onRetry?.({ url, attempt: attempt + 1, delayMs: wait, reason });
    await sleep(wait, opts.signal);
    delay *= 2;
  }
}
