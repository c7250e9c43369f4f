/**
 * Access token for serve mode on a non-loopback address. The token arrives once as
 * `?token=…` (the printed URL), is then kept in an HttpOnly, SameSite=Strict cookie, and is
 * also accepted as `Authorization: Bearer …`. Comparison is constant-time.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'm1wb_token';

export function generateToken(): string {
  return randomBytes(24).toString('base64url');
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

export type TokenSource = 'query' | 'cookie' | 'bearer';

/** Which credential carried the right token, or null. */
export function presentedToken(req: IncomingMessage, token: string): TokenSource | null {
  const url = new URL(req.url ?? '/', 'http://local');
  const q = url.searchParams.get('token');
  if (q && same(q, token)) return 'query';
  const c = cookieValue(req.headers.cookie, TOKEN_COOKIE);
  if (c && same(c, token)) return 'cookie';
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ') && same(auth.slice(7), token)) return 'bearer';
  return null;
}

export function tokenCookie(token: string): string {
  return `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}
