/**
 * Renderer side of the typed API: picks the transport (Electron preload bridge when present,
 * otherwise a WebSocket to the serving origin) and exposes a birpc client.
 */
import { createBirpc, type BirpcReturn } from 'birpc';
import type { AppEvent, WorkbenchApi, WorkbenchEvents } from '../../../shared/api';
import { WS_PATH } from '../../../shared/api';
import { deserializeMessage, serializeMessage } from '../../../shared/rpc-codec';

/** What the sandboxed preload exposes on window.m1wbBridge. */
export interface PreloadBridge {
  post(data: string): void;
  onMessage(listener: (data: string) => void): () => void;
}

declare global {
  interface Window {
    m1wbBridge?: PreloadBridge;
  }
}

export type ApiClient = BirpcReturn<WorkbenchApi, WorkbenchEvents>;

type Listener = (e: AppEvent) => void;
const listeners = new Set<Listener>();

export function onAppEvent(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const localFunctions: WorkbenchEvents = {
  event(e) {
    for (const l of listeners) l(e);
  },
};

function viaBridge(bridge: PreloadBridge): ApiClient {
  return createBirpc<WorkbenchApi, WorkbenchEvents>(localFunctions, {
    post: (data) => bridge.post(data),
    on: (fn) => void bridge.onMessage(fn),
    serialize: serializeMessage,
    deserialize: deserializeMessage,
    timeout: -1,
  });
}

function viaWebSocket(): ApiClient {
  const url = new URL(WS_PATH, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  const token = new URLSearchParams(window.location.search).get('token');
  if (token) url.searchParams.set('token', token);
  let socket: WebSocket;
  let ready: Promise<void>;
  const handlers = new Set<(data: string) => void>();
  const connect = () => {
    socket = new WebSocket(url);
    ready = new Promise((resolve, reject) => {
      socket.addEventListener('open', () => resolve(), { once: true });
      socket.addEventListener('error', () => reject(new Error(`cannot connect to ${url.origin}`)), { once: true });
    });
    socket.addEventListener('message', (ev) => {
      for (const h of handlers) h(String(ev.data));
    });
    socket.addEventListener('close', () => setTimeout(connect, 1000), { once: true });
  };
  connect();
  return createBirpc<WorkbenchApi, WorkbenchEvents>(localFunctions, {
    post: async (data) => {
      await ready;
      socket.send(data);
    },
    on: (fn) => void handlers.add(fn),
    serialize: serializeMessage,
    deserialize: deserializeMessage,
    timeout: -1,
  });
}

let client: ApiClient | undefined;

export function getApi(): ApiClient {
  client ??= window.m1wbBridge ? viaBridge(window.m1wbBridge) : viaWebSocket();
  return client;
}
