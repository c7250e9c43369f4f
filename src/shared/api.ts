/**
 * The one typed contract between the renderer and the Node side.
 *
 * Requests: methods of `WorkbenchApi`, called from the renderer through birpc over one of two
 * transports (Electron IPC through the preload, or a WebSocket on 127.0.0.1 in browser mode).
 * Events: the Node side calls `WorkbenchEvents.event` on the renderer.
 *
 * Every inbound call's arguments are validated with `apiArgSchemas` before the
 * implementation runs (see src/server/api-handler.ts).
 */
import { z } from 'zod';
import type { RunLog } from './runlog';
import type { DownloadStatus, ModelReport } from './desktop/model';
import { runIdSchema, runRequestSchema, type LivePiece, type RunRequest, type RunStatus } from './desktop/run';
import { GPU_CHOICES, settingsPatchSchema, type GpuChoice, type SettingsPatch, type SettingsView } from './desktop/settings';

export interface AppInfo {
  name: string;
  version: string;
  /** Which transport this renderer is connected through. */
  transport: 'electron-ipc' | 'websocket';
  platform: string;
  node: string;
  electron?: string;
}

export type AppEvent =
  | { type: 'log'; level: 'info' | 'warn' | 'error'; message: string }
  | { type: 'hello'; at: number }
  | { type: 'download'; status: DownloadStatus }
  | { type: 'run'; status: RunStatus }
  /** Live trace of the question running now, in order, batched. */
  | { type: 'run-live'; runId: string; pieces: LivePiece[] }
  /** A question's record was written to the run log. */
  | { type: 'run-question'; runId: string; question: string; done: number; total: number };

export interface EvalSourceCount {
  name: string;
  count: number;
}

export interface WorkbenchApi {
  getInfo(): Promise<AppInfo>;
  /** The bundled, hand-written sample study, as a run log. */
  getSampleStudy(): Promise<RunLog>;
  /** Echo back a value (connectivity check and validation probe). */
  ping(message: string): Promise<string>;

  /** Settings (data folder, threads, GPU, default grid and preset). */
  getSettings(): Promise<SettingsView>;
  updateSettings(patch: SettingsPatch): Promise<SettingsView>;

  /** Metadata of a local GGUF, the backend, free memory, GPU layers and whether it fits. */
  inspectModel(path: string, gpu: GpuChoice, contextSize: number): Promise<ModelReport>;
  /** Start downloading a model (`hf:owner/repo/file.gguf`, `hf:owner/repo:quant` or a URL). */
  downloadModel(uri: string): Promise<DownloadStatus>;
  cancelDownload(id: string): Promise<DownloadStatus>;
  listDownloads(): Promise<DownloadStatus[]>;

  /** Sources of an eval data file and their question counts. */
  listEvalSources(dataPath: string): Promise<EvalSourceCount[]>;
  /** Start a sweep; its run log lives in the data folder. */
  startRun(request: RunRequest): Promise<RunStatus>;
  pauseRun(id: string): Promise<RunStatus>;
  /** Continue a paused, cancelled or interrupted run from its run log. */
  resumeRun(id: string): Promise<RunStatus>;
  cancelRun(id: string): Promise<RunStatus>;
  listRuns(): Promise<RunStatus[]>;
  /** The run log of a run as written so far. */
  getRunLog(id: string): Promise<RunLog>;
}

export interface WorkbenchEvents {
  event(e: AppEvent): void;
}

/** Argument schemas, one tuple per method. */
export const apiArgSchemas = {
  getInfo: z.tuple([]),
  getSampleStudy: z.tuple([]),
  ping: z.tuple([z.string().max(10_000)]),
  getSettings: z.tuple([]),
  updateSettings: z.tuple([settingsPatchSchema]),
  inspectModel: z.tuple([z.string().min(1).max(4096), z.enum(GPU_CHOICES), z.number().int().positive().max(10_000_000)]),
  downloadModel: z.tuple([z.string().min(1).max(2048).regex(/^(hf:|huggingface:|https?:\/\/)/i, 'a model URI: hf:owner/repo/file.gguf, hf:owner/repo:quant or an http(s) URL')]),
  cancelDownload: z.tuple([z.string().min(1).max(100)]),
  listDownloads: z.tuple([]),
  listEvalSources: z.tuple([z.string().min(1).max(4096)]),
  startRun: z.tuple([runRequestSchema]),
  pauseRun: z.tuple([runIdSchema]),
  resumeRun: z.tuple([runIdSchema]),
  cancelRun: z.tuple([runIdSchema]),
  listRuns: z.tuple([]),
  getRunLog: z.tuple([runIdSchema]),
} satisfies Record<keyof WorkbenchApi, z.ZodType<unknown[]>>;

export type ApiMethod = keyof WorkbenchApi;
export const API_METHODS = Object.keys(apiArgSchemas) as ApiMethod[];

/** WebSocket path of the browser-mode transport. */
export const WS_PATH = '/rpc';
/** IPC channel of the Electron transport. */
export const IPC_CHANNEL = 'm1wb:rpc';

export type { DownloadStatus, ModelReport } from './desktop/model';
export type { LivePiece, RunRequest, RunState, RunStatus } from './desktop/run';
export type { GpuChoice, Settings, SettingsPatch, SettingsView } from './desktop/settings';
