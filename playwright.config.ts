import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/chromium';

/**
 * End-to-end tests in Debian's Chromium against browser mode (the built renderer served by
 * scripts/start.mjs on 127.0.0.1). Nothing is downloaded. Electron tests live in
 * e2e/electron/ and skip themselves where the Electron binary is missing.
 */
const PORT = Number(process.env.M1WB_E2E_PORT ?? 5199);
/** Every test run starts with an empty data folder (settings, run logs of the Run screen). */
const DATA_DIR = process.env.M1WB_E2E_DATA_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'm1wb-e2e-data-'));

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  // One retry on CI only, for timing races of a loaded machine; a real failure fails twice.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    viewport: { width: 1400, height: 900 },
    trace: 'off',
  },
  webServer: {
    command: `node scripts/start.mjs --serve --no-build --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
    env: { M1WB_DATA_DIR: DATA_DIR },
  },
});
