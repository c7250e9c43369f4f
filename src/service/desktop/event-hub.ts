/** Fans app events out to every connected window (or browser tab). */
import type { AppEvent } from '../../shared/api';

export type EventListener = (e: AppEvent) => void;

export class EventHub {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(e: AppEvent): void {
    for (const l of this.listeners) {
      try {
        l(e);
      } catch {
        // A closed connection must not stop the others.
      }
    }
  }
}
