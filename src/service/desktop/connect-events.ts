/** Forwards the process's app events to one connection until it closes. */
import type { EventsClient } from '../rpc';
import type { DesktopContext } from './context';

export function connectEvents(desktop: DesktopContext, client: EventsClient): () => void {
  return desktop.hub.subscribe((e) => {
    void Promise.resolve(client.event(e)).catch(() => undefined);
  });
}
