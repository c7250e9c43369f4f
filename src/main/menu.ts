/**
 * The application menu with keyboard shortcuts: the app's screens (studies, models, run,
 * settings), the support log, the About box and the usual edit/view/window entries.
 */
import { app, Menu, shell, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  window(): BrowserWindow | undefined;
  showAbout(): void;
  logFile: string;
  dataDir(): string;
}

/** Screens of the renderer the menu opens (hash routes). */
export const SCREEN_ROUTES = { studies: '#/', models: '#/models', run: '#/run', settings: '#/settings' } as const;

function go(actions: MenuActions, hash: string): void {
  const win = actions.window();
  if (!win || win.isDestroyed()) return;
  // The hash is one of the fixed routes above, never user input.
  void win.webContents.executeJavaScript(`window.location.hash = ${JSON.stringify(hash)}`);
  win.focus();
}

export function buildMenu(actions: MenuActions): Menu {
  const isMac = process.platform === 'darwin';
  const about: MenuItemConstructorOptions = { label: `About ${app.name}`, click: () => actions.showAbout() };
  const settings: MenuItemConstructorOptions = { label: 'Settings…', accelerator: 'CmdOrCtrl+,', click: () => go(actions, SCREEN_ROUTES.settings) };
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ label: app.name, submenu: [about, { type: 'separator' }, settings, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }] } as MenuItemConstructorOptions] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Open Model…', accelerator: 'CmdOrCtrl+O', click: () => go(actions, SCREEN_ROUTES.models) },
        { label: 'New Run…', accelerator: 'CmdOrCtrl+N', click: () => go(actions, SCREEN_ROUTES.run) },
        { type: 'separator' },
        { label: 'Show Data Folder', click: () => void shell.openPath(actions.dataDir()) },
        { label: 'Show Log File', click: () => shell.showItemInFolder(actions.logFile) },
        ...(isMac ? [] : [{ type: 'separator' } as MenuItemConstructorOptions, settings, { type: 'separator' } as MenuItemConstructorOptions, { role: 'quit' } as MenuItemConstructorOptions]),
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { label: 'Studies', accelerator: 'CmdOrCtrl+1', click: () => go(actions, SCREEN_ROUTES.studies) },
        { label: 'Models', accelerator: 'CmdOrCtrl+2', click: () => go(actions, SCREEN_ROUTES.models) },
        { label: 'Run', accelerator: 'CmdOrCtrl+3', click: () => go(actions, SCREEN_ROUTES.run) },
        { type: 'separator' },
        { role: 'reload' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' } as MenuItemConstructorOptions]),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'The m1 Paper (arXiv)', click: () => void shell.openExternal('https://arxiv.org/abs/2504.00869') },
        { label: 'Show Log File', click: () => shell.showItemInFolder(actions.logFile) },
        ...(isMac ? [] : [{ type: 'separator' } as MenuItemConstructorOptions, about]),
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
