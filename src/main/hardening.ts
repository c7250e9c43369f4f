/**
 * Electron security checklist pieces that apply to every window: no navigation away from the
 * app, no new windows (allow-listed external links open in the system browser), permission
 * requests denied.
 */
import { app, session, shell } from 'electron';
import { APP_ORIGIN } from './app-scheme';

const EXTERNAL_ALLOW = [/^https:\/\/arxiv\.org\//, /^https:\/\/huggingface\.co\//, /^https:\/\/github\.com\//];

export function isAllowedExternal(url: string): boolean {
  return EXTERNAL_ALLOW.some((re) => re.test(url));
}

export function applyHardening(): void {
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (url.startsWith(APP_ORIGIN + '/')) return;
      event.preventDefault();
      // A plain link to an allow-listed site opens in the system browser.
      if (isAllowedExternal(url)) void shell.openExternal(url);
    });
    contents.on('will-redirect', (event, url) => {
      if (!url.startsWith(APP_ORIGIN + '/')) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternal(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    session.defaultSession.setPermissionCheckHandler(() => false);
  });
}
