/**
 * What the desktop features share within one process (one Electron app, one browser-mode
 * server): settings, the support log, events to every window, downloads and runs.
 */
import path from 'node:path';
import { EventHub } from './event-hub';
import { DownloadManager } from './downloads';
import { createLogFile, type Logger } from './log-file';
import { RunManager } from './run-manager';
import { SettingsStore } from './settings-store';

export interface DesktopPaths {
  /** The settings file. */
  settingsFile: string;
  /** Data folder used while the settings name none. */
  defaultDataDir: string;
  /** The support log file; default: `logs/m1wb.log` in the data folder. */
  logFile?: string;
}

export interface DesktopContext {
  settings: SettingsStore;
  hub: EventHub;
  log: Logger;
  downloads: DownloadManager;
  runs: RunManager;
}

/**
 * Browser mode's folders: `M1WB_DATA_DIR` or `.m1wb-data/` in the working folder; the settings
 * file sits in it (`M1WB_SETTINGS` overrides).
 */
export function browserModePaths(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): DesktopPaths {
  const dataDir = path.resolve(cwd, env.M1WB_DATA_DIR || '.m1wb-data');
  return { settingsFile: env.M1WB_SETTINGS ? path.resolve(cwd, env.M1WB_SETTINGS) : path.join(dataDir, 'settings.json'), defaultDataDir: dataDir };
}

export function createDesktopContext(paths: DesktopPaths): DesktopContext {
  const settings = new SettingsStore(paths.settingsFile, paths.defaultDataDir);
  const log = createLogFile(paths.logFile ?? path.join(settings.dataDir, 'logs', 'm1wb.log'));
  if (settings.view().problem) log.warn(settings.view().problem!);
  const hub = new EventHub();
  const downloads = new DownloadManager(() => path.join(settings.dataDir, 'models'), hub, log, (file) => settings.rememberModel(file));
  const runs = new RunManager(() => settings.dataDir, hub, log, () => settings.settings.threads);
  return { settings, hub, log, downloads, runs };
}
