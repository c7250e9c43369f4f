/**
 * The API implementation, written once and used by both shells (Electron main and the
 * browser-mode server). Never imports Electron.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AppInfo, WorkbenchApi } from '../shared/api';
import { parseRunLog } from '../shared/runlog';
import { APP_NAME, APP_VERSION } from './app-info';
import { browserModePaths, createDesktopContext, type DesktopContext } from './desktop/context';
import { listEvalSources } from './desktop/eval-sources';
import { inspectModel } from './desktop/model-inspect';

export interface ServiceOptions {
  transport: AppInfo['transport'];
  /** Folder holding the bundled resources (sample study, …). */
  resourcesDir: string;
  electronVersion?: string;
  /**
   * Settings, runs, downloads and events shared by every connection of this process; by
   * default browser mode's (see browserModePaths), created on first use.
   */
  desktop?: DesktopContext;
}

let defaultDesktop: DesktopContext | undefined;

export const SAMPLE_STUDY_FILE = 'sample-study.jsonl';

export function createWorkbenchService(opts: ServiceOptions): WorkbenchApi {
  const desktop = (): DesktopContext => opts.desktop ?? (defaultDesktop ??= createDesktopContext(browserModePaths()));
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
    async getSettings() {
      return desktop().settings.view();
    },
    async updateSettings(patch) {
      const view = desktop().settings.update(patch);
      desktop().log.info(`settings changed: ${Object.keys(patch).join(', ')}`);
      return view;
    },
    async inspectModel(file, gpu, contextSize) {
      const report = await inspectModel(file, gpu, contextSize);
      desktop().settings.rememberModel(file);
      desktop().log.info(`model ${file}: ${report.architecture ?? '?'} ${report.quantization ?? ''}, backend ${report.backend}, ${report.gpuLayers} GPU layers, fits ${report.fits}`);
      return report;
    },
    async downloadModel(uri) {
      return desktop().downloads.start(uri);
    },
    async cancelDownload(id) {
      return desktop().downloads.cancel(id);
    },
    async listDownloads() {
      return desktop().downloads.list();
    },
    async listEvalSources(dataPath) {
      return listEvalSources(dataPath);
    },
    async startRun(request) {
      return desktop().runs.start(request);
    },
    async pauseRun(id) {
      return desktop().runs.pause(id);
    },
    async resumeRun(id) {
      return desktop().runs.resume(id);
    },
    async cancelRun(id) {
      return desktop().runs.cancel(id);
    },
    async listRuns() {
      return desktop().runs.list();
    },
    async getRunLog(id) {
      return desktop().runs.runLog(id);
    },
  };
}
