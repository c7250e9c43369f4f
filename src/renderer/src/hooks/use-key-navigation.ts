/**
 * Window-level keyboard shortcuts that stay out of the way of text fields, pickers and the
 * editor.
 */
import { useEffect, useRef } from 'react';

export type KeyBindings = Partial<Record<string, (e: KeyboardEvent) => void>>;

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('input, textarea, select, .monaco-editor')) return true;
  return false;
}

/** Calls bindings[e.key] for unmodified key presses outside text fields and the editor. */
export function useKeyNavigation(bindings: KeyBindings, enabled = true): void {
  const ref = useRef(bindings);
  useEffect(() => {
    ref.current = bindings;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const handler = ref.current[e.key];
      if (!handler) return;
      if (e.key !== 'Escape' && isTypingTarget(e.target)) return;
      e.preventDefault();
      handler(e);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
