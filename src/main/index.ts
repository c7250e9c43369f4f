/**
 * Electron main process: one hardened window, the renderer on app://workbench/, and the typed
 * API over IPC (validated, sender checked). The API implementation is shared with browser
 * mode (src/service). Settings, the support log and runs belong to the process: a run goes
 * on when its window closes and is paused (resumable) when the app quits.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, Menu } from 'electron';
import { IPC_CHANNEL } from '../shared/api';
import { attachRpc, connectEvents, createDesktopContext, createWorkbenchService, type DesktopContext } from '../service';
import { showAbout } from './about';
import { APP_ORIGIN, registerAppSchemePrivileges, serveRendererFrom } from './app-scheme';
import { applyHardening } from './hardening';
import { buildMenu } from './menu';
import { initialBounds, trackWindowState } from './window-state';

// Tests and portable setups can move the settings folder.
if (process.env.M1WB_USER_DATA) app.setPath('userData', path.resolve(process.env.M1WB_USER_DATA));

registerAppSchemePrivileges();
applyHardening();

const gotLock = app.requestSingleInstanceLock();
if (!gotLock) app.quit();

const here = path.dirname(fileURLToPath(import.meta.url));
const appRoot = app.getAppPath();
const rendererDir = path.join(here, '../renderer');
const resourcesDir = app.isPackaged ? path.join(process.resourcesPath, 'resources') : path.join(appRoot, 'resources');

/** One RPC endpoint per window, fed by IPC messages from that window only. */
const endpoints = new Map<number, (data: string) => void>();
let desktop: DesktopContext | undefined;
let mainWindow: BrowserWindow | undefined;

ipcMain.on(IPC_CHANNEL, (event, data: unknown) => {
  const frameUrl = event.senderFrame?.url ?? '';
  if (!frameUrl.startsWith(APP_ORIGIN + '/') || typeof data !== 'string') {
    desktop?.log.warn(`IPC message refused from ${frameUrl || 'an unknown frame'}`);
    return;
  }
  endpoints.get(event.sender.id)?.(data);
});

function createWindow(ctx: DesktopContext): void {
  const remembered = ctx.settings.settings.window;
  const win = new BrowserWindow({
    ...initialBounds(remembered),
    minWidth: 800,
    minHeight: 500,
    title: 'm1 Workbench',
    show: false,
    webPreferences: {
      preload: path.join(here, '../preload/index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    },
  });
  mainWindow = win;
  const contents = win.webContents;
  const id = contents.id;
  const service = createWorkbenchService({
    transport: 'electron-ipc',
    resourcesDir,
    electronVersion: process.versions.electron,
    desktop: ctx,
  });
  const client = attachRpc(service, {
    post: (d) => {
      if (!contents.isDestroyed()) contents.send(IPC_CHANNEL, d);
    },
    on: (listener) => void endpoints.set(id, listener),
  });
  const disconnect = connectEvents(ctx, client);
  trackWindowState(win, (state) => ctx.settings.rememberWindow(state));
  win.on('closed', () => {
    disconnect();
    endpoints.delete(id);
    if (mainWindow === win) mainWindow = undefined;
  });
  contents.on('render-process-gone', (_e, details) => ctx.log.error(`renderer gone: ${details.reason} (exit ${details.exitCode})`));
  win.once('ready-to-show', () => {
    if (remembered?.maximized) win.maximize();
    win.show();
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
}

app.on('second-instance', () => {
  const [win] = BrowserWindow.getAllWindows();
  if (win) {
    if (win.isMinimized()) win.restore();
    win.focus();
  }
});

if (gotLock) {
  app.whenReady().then(() => {
    // A damaged settings file is reported (log, settings page) and never stops the start.
    const ctx = createDesktopContext({
      settingsFile: path.join(app.getPath('userData'), 'settings.json'),
      defaultDataDir: path.join(app.getPath('userData'), 'data'),
      logFile: path.join(app.getPath('logs'), 'm1wb.log'),
    });
    desktop = ctx;
    ctx.log.info(`start: version ${app.getVersion()}, electron ${process.versions.electron}, ${process.platform}-${process.arch}, data ${ctx.settings.dataDir}`);
    process.on('uncaughtException', (e) => ctx.log.error(`uncaught: ${e.stack ?? e.message}`));
    process.on('unhandledRejection', (e) => ctx.log.error(`unhandled rejection: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
    Menu.setApplicationMenu(
      buildMenu({
        window: () => mainWindow ?? BrowserWindow.getAllWindows()[0],
        showAbout: () => void showAbout(mainWindow, ctx.log.file),
        logFile: ctx.log.file,
        dataDir: () => ctx.settings.dataDir,
      }),
    );
    serveRendererFrom(rendererDir);
    createWindow(ctx);
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow(ctx);
    });
  });
}

// Quitting pauses a running sweep cleanly (its run log stays valid; resume continues it).
let quitting = false;
app.on('before-quit', (event) => {
  if (quitting || !desktop) return;
  event.preventDefault();
  quitting = true;
  desktop.log.info('quit');
  void desktop.runs.shutdown().finally(() => app.quit());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
