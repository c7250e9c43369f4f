/**
 * The API implementation, written once and used by both shells (Electron main and the
 * browser-mode server). Never imports Electron.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppInfo, WorkbenchApi } from '../shared/api';
import { parseRunLog } from '../shared/runlog';
import { APP_NAME, APP_VERSION } from './app-info';

export interface ServiceOptions {
  transport: AppInfo['transport'];
  /** Folder holding the bundled resources (sample study, …). */
  resourcesDir: string;
  electronVersion?: string;
}

export const SAMPLE_STUDY_FILE = 'sample-study.jsonl';

export function createWorkbenchService(opts: ServiceOptions): WorkbenchApi {
  return {
    async getInfo() {
      return {
        name: APP_NAME,
        version: APP_VERSION,
        transport: opts.transport,
        platform: `${process.platform}-${process.arch}`,
        node: process.versions.node,
        electron: opts.electronVersion,
      };
    },
    async getSampleStudy() {
      const file = path.join(opts.resourcesDir, SAMPLE_STUDY_FILE);
      return parseRunLog(await readFile(file, 'utf8'), file);
    },
    async ping(message) {
      return message;
    },
  };
}
