import type { Page } from '@playwright/test';

/** Records every request the page makes that does not go to the loopback server itself. */
export function trackForeignRequests(page: Page): string[] {
  const foreign: string[] = [];
  const allowed = (url: string) =>
    /^(https?|wss?):\/\/127\.0\.0\.1(:\d+)?\//.test(url) || url.startsWith('data:') || url.startsWith('blob:');
  page.on('request', (req) => {
    if (!allowed(req.url())) foreign.push(req.url());
  });
  page.on('websocket', (ws) => {
    if (!allowed(ws.url())) foreign.push(ws.url());
  });
  return foreign;
}
