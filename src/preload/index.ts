/**
 * Sandboxed preload (CommonJS, contextIsolation on): exposes one narrow message bridge for the
 * typed API. The renderer never sees ipcRenderer itself.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

const IPC_CHANNEL = 'm1wb:rpc';

contextBridge.exposeInMainWorld('m1wbBridge', {
  post(data: string): void {
    if (typeof data !== 'string') throw new TypeError('bridge messages are strings');
    ipcRenderer.send(IPC_CHANNEL, data);
  },
  onMessage(listener: (data: string) => void): () => void {
    const handler = (_event: IpcRendererEvent, data: string) => listener(data);
    ipcRenderer.on(IPC_CHANNEL, handler);
    return () => ipcRenderer.removeListener(IPC_CHANNEL, handler);
  },
});
