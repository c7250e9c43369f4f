/**
 * Binds the validated API implementation to one message channel with birpc. Both transports
 * (Electron IPC, WebSocket) are a `post` and an `on` over JSON strings.
 */
import { createBirpc, type BirpcReturn } from 'birpc';
import type { WorkbenchApi, WorkbenchEvents } from '../shared/api';
import { withValidation } from './validate';
import { deserializeMessage, serializeMessage } from '../shared/rpc-codec';

export interface MessageChannel {
  post(data: string): void;
  on(listener: (data: string) => void): void;
}

export type EventsClient = BirpcReturn<WorkbenchEvents, WorkbenchApi>;

export function attachRpc(impl: WorkbenchApi, channel: MessageChannel): EventsClient {
  return createBirpc<WorkbenchEvents, WorkbenchApi>(withValidation(impl), {
    post: (data) => channel.post(data),
    on: (fn) => channel.on(fn),
    serialize: serializeMessage,
    deserialize: deserializeMessage,
    // Only the declared methods are callable; birpc rejects anything else.
    timeout: -1,
  });
}
