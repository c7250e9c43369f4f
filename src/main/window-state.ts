/**
 * The main window's size, position and maximised state, remembered in the settings file and
 * restored on the next start (only where the position is still on a connected display).
 */
import { screen, type BrowserWindow, type Rectangle } from 'electron';
import type { WindowState } from '../shared/desktop/settings';

const DEFAULT_SIZE = { width: 1400, height: 900 };

function visibleOnSomeDisplay(b: Rectangle): boolean {
  return screen.getAllDisplays().some(({ workArea: w }) => b.x + 100 <= w.x + w.width && b.x + b.width - 100 >= w.x && b.y >= w.y - 10 && b.y + 50 <= w.y + w.height);
}

/** Bounds for a new window from the remembered state. */
export function initialBounds(state: WindowState | undefined): Partial<Rectangle> & { width: number; height: number } {
  if (!state) return { ...DEFAULT_SIZE };
  const size = { width: state.width, height: state.height };
  if (state.x !== undefined && state.y !== undefined && visibleOnSomeDisplay({ x: state.x, y: state.y, ...size })) {
    return { x: state.x, y: state.y, ...size };
  }
  return size;
}

/** Saves the window's state (debounced) while it moves and resizes, and when it closes. */
export function trackWindowState(win: BrowserWindow, save: (state: WindowState) => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const capture = () => {
    if (win.isDestroyed() || win.isMinimized()) return;
    const maximized = win.isMaximized() || win.isFullScreen();
    const b = maximized ? win.getNormalBounds() : win.getBounds();
    save({ x: b.x, y: b.y, width: Math.max(400, b.width), height: Math.max(300, b.height), maximized });
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(capture, 500);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('maximize', capture);
  win.on('unmaximize', capture);
  win.on('close', () => {
    clearTimeout(timer);
    capture();
  });
}
