import { useRef, useState } from 'react';
import { getDatabase } from '../db/database';
import { openRunLogText } from '../study/open-run-log';
import type { StudyRecord } from '../study/study-types';

export interface OpenRunLogButtonProps {
  onOpened: (study: StudyRecord) => void;
  onError: (message: string) => void;
}

/** Picks a run-log file (JSON Lines) and imports it as a study. */
export function OpenRunLogButton({ onOpened, onError }: OpenRunLogButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  const open = async (file: File) => {
    setBusy(true);
    try {
      onOpened(await openRunLogText(getDatabase(), await file.text(), file.name));
    } catch (e) {
      onError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="button button--dark" disabled={busy} onClick={() => input.current?.click()} data-testid="open-run-log">
        {busy ? 'Importing…' : 'Open run log…'}
      </button>
      <input
        ref={input}
        type="file"
        accept=".jsonl,.json,.txt,application/json"
        hidden
        data-testid="run-log-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void open(file);
        }}
      />
    </>
  );
}
