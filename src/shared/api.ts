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
  | { type: 'hello'; at: number };

export interface WorkbenchApi {
  getInfo(): Promise<AppInfo>;
  /** The bundled, hand-written sample study, as a run log. */
  getSampleStudy(): Promise<RunLog>;
  /** Echo back a value (connectivity check and validation probe). */
  ping(message: string): Promise<string>;
}

export interface WorkbenchEvents {
  event(e: AppEvent): void;
}

/** Argument schemas, one tuple per method. */
export const apiArgSchemas = {
  getInfo: z.tuple([]),
  getSampleStudy: z.tuple([]),
  ping: z.tuple([z.string().max(10_000)]),
} satisfies Record<keyof WorkbenchApi, z.ZodType<unknown[]>>;

export type ApiMethod = keyof WorkbenchApi;
export const API_METHODS = Object.keys(apiArgSchemas) as ApiMethod[];

/** WebSocket path of the browser-mode transport. */
export const WS_PATH = '/rpc';
/** IPC channel of the Electron transport. */
export const IPC_CHANNEL = 'm1wb:rpc';
