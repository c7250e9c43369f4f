/**
 * The hardened desktop shell (Electron's security checklist), where the Electron binary
 * exists: navigation and new windows blocked, allow-listed external links handed to the
 * system browser, IPC messages with bad arguments refused, and a damaged settings file that
 * does not stop the app from starting.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { electronBinary, freshUserData, launch, SKIP_REASON } from './electron-app';

const exe = electronBinary();
if (!exe) console.log(`Skipping Electron shell tests: ${SKIP_REASON}.`);

test.describe('hardened desktop shell', () => {
  test.skip(!exe, SKIP_REASON);

  test('navigation away, window.open and non-allow-listed links go nowhere; allow-listed links open in the system browser', async () => {
    const app = await launch(exe!, freshUserData());
    try {
      const win = await app.firstWindow();
      await expect(win).toHaveURL(/^app:\/\/workbench\//);
      await app.evaluate(({ shell }) => {
        const opened: string[] = [];
        (globalThis as unknown as { opened: string[] }).opened = opened;
        shell.openExternal = async (url: string) => void opened.push(url);
      });
      await win.evaluate(() => {
        const link = (href: string, target?: string) => {
          const a = document.createElement('a');
          a.href = href;
          if (target) a.target = target;
          document.body.append(a);
          a.click();
          a.remove();
        };
        link('https://arxiv.org/abs/2504.00869', '_blank');
        link('https://evil.example/', '_blank');
        window.open('https://example.com/');
        link('https://huggingface.co/UCSC-VLAA');
      });
      await win.waitForTimeout(800);
      expect(app.windows()).toHaveLength(1);
      await expect(win).toHaveURL(/^app:\/\/workbench\//);
      const opened = await app.evaluate(() => (globalThis as unknown as { opened: string[] }).opened);
      expect(opened).toEqual(['https://arxiv.org/abs/2504.00869', 'https://huggingface.co/UCSC-VLAA']);
      // The page is served with the strict CSP header.
      const csp = await win.evaluate(async () => (await fetch('/index.html')).headers.get('content-security-policy'));
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self'");
    } finally {
      await app.close();
    }
  });

  test('IPC calls with bad arguments are refused with the field; unknown methods do not exist', async () => {
    const app = await launch(exe!, freshUserData());
    try {
      const win = await app.firstWindow();
      await expect(win).toHaveURL(/^app:\/\/workbench\//);
      const replies = await win.evaluate(async () => {
        const bridge = (window as unknown as { m1wbBridge: { post(d: unknown): void; onMessage(l: (d: string) => void): () => void } }).m1wbBridge;
        const calls: [string, string, unknown[]][] = [
          ['a1', 'updateSettings', [{ threads: -1 }]],
          ['a2', 'startRun', [{ model: 1 }]],
          ['a3', 'getRunLog', ['../../etc/passwd']],
          ['a4', 'constructor', []],
          ['a5', 'ping', ['ok']],
        ];
        const got = new Map<string, string>();
        const off = bridge.onMessage((d) => {
          const msg = JSON.parse(d) as { t: string; i: string; r?: unknown; e?: { __error: { message: string } } };
          if (msg.t === 's' && msg.i?.startsWith('a')) got.set(msg.i, msg.e ? `error: ${msg.e.__error.message}` : `ok: ${JSON.stringify(msg.r)}`);
        });
        for (const [i, m, a] of calls) bridge.post(JSON.stringify({ t: 'q', i, m, a }));
        let bridgeRejects = '';
        try {
          bridge.post({ not: 'a string' });
        } catch (e) {
          bridgeRejects = (e as Error).message;
        }
        for (let n = 0; n < 100 && got.size < calls.length; n++) await new Promise((r) => setTimeout(r, 50));
        off();
        return { ...Object.fromEntries(got), bridgeRejects } as Record<string, string>;
      });
      expect(replies.a1).toMatch(/^error: invalid arguments to updateSettings: 0\.threads/);
      expect(replies.a2).toMatch(/^error: invalid arguments to startRun: 0\./);
      expect(replies.a3).toMatch(/^error: invalid arguments to getRunLog: 0: a run id/);
      expect(replies.a4).toMatch(/^error: .*function "constructor" not found/);
      expect(replies.a5).toBe('ok: "ok"');
      expect(replies.bridgeRejects).toMatch(/bridge messages are strings/);
    } finally {
      await app.close();
    }
  });

  test('a damaged settings file does not stop the start: defaults, the reason shown, the file kept', async () => {
    const userData = freshUserData();
    writeFileSync(path.join(userData, 'settings.json'), '{"threads": 4, "gpu": ');
    const app = await launch(exe!, userData);
    try {
      const win = await app.firstWindow();
      await expect(win).toHaveURL(/^app:\/\/workbench\//);
      await win.evaluate(() => (window.location.hash = '#/settings'));
      await expect(win.getByTestId('settings-problem')).toContainText('not valid JSON');
      await expect(win.getByTestId('settings-threads')).toHaveValue('0');
      expect(readdirSync(userData).some((n) => n.startsWith('settings.json.damaged-'))).toBe(true);
      // Saving writes a good file again.
      await win.getByTestId('settings-threads').fill('2');
      await win.getByTestId('settings-save').click();
      await expect(win.getByTestId('settings-message')).toHaveText('Saved.');
      expect(JSON.parse(readFileSync(path.join(userData, 'settings.json'), 'utf8')).threads).toBe(2);
    } finally {
      await app.close();
    }
  });

  test('the window size is remembered across starts', async () => {
    const userData = freshUserData();
    let app = await launch(exe!, userData);
    const win = await app.firstWindow();
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].setBounds({ width: 1111, height: 777 }));
    await win.waitForTimeout(800);
    await app.close();
    expect(JSON.parse(readFileSync(path.join(userData, 'settings.json'), 'utf8')).window).toMatchObject({ width: 1111, height: 777 });
    app = await launch(exe!, userData);
    try {
      await app.firstWindow();
      const size = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0].getBounds());
      expect(size).toMatchObject({ width: 1111, height: 777 });
    } finally {
      await app.close();
    }
  });
});
