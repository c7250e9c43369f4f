/**
 * Launching the desktop app under Playwright for the shell specs: the Electron binary where
 * it exists (otherwise the specs skip with the reason), a fresh settings folder per launch.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, type ElectronApplication } from '@playwright/test';

export function electronBinary(): string | null {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], { encoding: 'utf8', timeout: 120_000 });
  const exe = probe.status === 0 ? probe.stdout.trim() : '';
  return exe && existsSync(exe) ? exe : null;
}

export const SKIP_REASON = 'the Electron binary is not installed on this machine (offline install); desktop-shell tests run where it exists';

export function freshUserData(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'm1wb-electron-'));
}

export function launch(exe: string, userData: string): Promise<ElectronApplication> {
  return electron.launch({ executablePath: exe, args: ['.'], env: { ...process.env, M1WB_USER_DATA: userData } });
}
