/**
 * The API over browser mode's WebSocket, as any client could call it: every argument is
 * schema-validated before the implementation runs, and bad calls are refused with the field.
 */
import { createBirpc } from 'birpc';
import { expect, test } from '@playwright/test';
import WebSocket from 'ws';
import type { WorkbenchApi, WorkbenchEvents } from '../src/shared/api';
import { deserializeMessage, serializeMessage } from '../src/shared/rpc-codec';

function connect(baseURL: string) {
  const url = new URL('/rpc', baseURL);
  url.protocol = 'ws:';
  const ws = new WebSocket(url, { origin: baseURL.replace(/\/$/, '') });
  const open = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const rpc = createBirpc<WorkbenchApi, WorkbenchEvents>(
    { event: () => undefined },
    {
      post: async (d) => {
        await open;
        ws.send(d);
      },
      on: (fn) => void ws.on('message', (d) => fn(String(d))),
      serialize: serializeMessage,
      deserialize: deserializeMessage,
      timeout: 30_000,
    },
  );
  return { rpc, close: () => ws.close() };
}

test('bad arguments are refused before anything runs', async ({ baseURL }) => {
  const { rpc, close } = connect(baseURL!);
  try {
    expect(await rpc.ping('hello')).toBe('hello');
    await expect(rpc.ping(42 as never)).rejects.toThrow(/invalid arguments to ping: 0:/);
    await expect(rpc.updateSettings({ threads: -3 })).rejects.toThrow(/invalid arguments to updateSettings: 0\.threads/);
    await expect(rpc.updateSettings({ nodeIntegration: true } as never)).rejects.toThrow(/invalid arguments to updateSettings/);
    await expect(rpc.inspectModel('/m.gguf', 'quantum' as never, 4096)).rejects.toThrow(/invalid arguments to inspectModel: 1:/);
    await expect(rpc.downloadModel('file:///etc/passwd')).rejects.toThrow(/invalid arguments to downloadModel: 0: a model URI/);
    await expect(rpc.startRun({ model: 'x' } as never)).rejects.toThrow(/invalid arguments to startRun: 0\./);
    await expect(rpc.getRunLog('../../secrets')).rejects.toThrow(/invalid arguments to getRunLog: 0: a run id/);
    await expect(rpc.cancelRun('no-such-run')).rejects.toThrow(/no run no-such-run/);
  } finally {
    close();
  }
});
