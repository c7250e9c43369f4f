/** The About box: the app's version and those of everything it runs on (for support). */
import { dialog, type BrowserWindow } from 'electron';
import { getModuleVersion } from 'node-llama-cpp';
import { APP_NAME, APP_VERSION } from '../service';

export async function aboutDetail(): Promise<string> {
  let llamaCpp = 'unknown';
  try {
    llamaCpp = await getModuleVersion();
  } catch {
    // Left as unknown.
  }
  return [
    `Version ${APP_VERSION}`,
    `Electron ${process.versions.electron}`,
    `Chromium ${process.versions.chrome}`,
    `Node.js ${process.versions.node}`,
    `V8 ${process.versions.v8}`,
    `node-llama-cpp ${llamaCpp}`,
    `${process.platform} ${process.arch}`,
  ].join('\n');
}

export async function showAbout(win: BrowserWindow | undefined, logFile: string): Promise<void> {
  const detail = `${await aboutDetail()}\n\nSupport log: ${logFile}\n\nMethod: m1 (arXiv 2504.00869), test-time scaling for medical reasoning.`;
  const options = { type: 'info' as const, title: `About ${APP_NAME}`, message: APP_NAME, detail, buttons: ['Copy versions', 'OK'], defaultId: 1, noLink: true };
  const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
  if (response === 0) {
    const { clipboard } = await import('electron');
    clipboard.writeText(`${APP_NAME}\n${detail}`);
  }
}
