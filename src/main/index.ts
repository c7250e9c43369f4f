/**
 * Electron main process: one hardened window, the renderer on app://workbench/, and the typed
 * API over IPC (validated, sender checked). The API implementation is shared with browser
 * mode (src/service).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain } from 'electron';
import { IPC_CHANNEL } from '../shared/api';
import { attachRpc, createWorkbenchService } from '../service';
import { APP_ORIGIN, registerAppSchemePrivileges, serveRendererFrom } from './app-scheme';
import { applyHardening } from './hardening';

registerAppSchemePrivileges();
applyHardening();

if (!app.requestSingleInstanceLock()) {
  app.quit();
}

const here = path.dirname(fileURLToPath(import.meta.url));
const appRoot = app.getAppPath();
const rendererDir = path.join(here, '../renderer');
const resourcesDir = app.isPackaged ? path.join(process.resourcesPath, 'resources') : path.join(appRoot, 'resources');

/** One RPC endpoint per window, fed by IPC messages from that window only. */
const endpoints = new Map<number, (data: string) => void>();

ipcMain.on(IPC_CHANNEL, (event, data: unknown) => {
  const frameUrl = event.senderFrame?.url ?? '';
  if (!frameUrl.startsWith(APP_ORIGIN + '/') || typeof data !== 'string') return;
  endpoints.get(event.sender.id)?.(data);
});

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'm1 Workbench',
    show: false,
    webPreferences: {
      preload: path.join(here, '../preload/index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  const contents = win.webContents;
  const id = contents.id;
  const service = createWorkbenchService({
    transport: 'electron-ipc',
    resourcesDir,
    electronVersion: process.versions.electron,
  });
  attachRpc(service, {
    post: (d) => {
      if (!contents.isDestroyed()) contents.send(IPC_CHANNEL, d);
    },
    on: (listener) => void endpoints.set(id, listener),
  });
  win.on('closed', () => endpoints.delete(id));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
}

app.on('second-instance', () => {
  const [win] = BrowserWindow.getAllWindows();
  if (win) {
    if (win.isMinimized()) win.restore();
    win.focus();
  }
});

app.whenReady().then(() => {
  serveRendererFrom(rendererDir);
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
