import { useEffect, useState } from 'react';
import type { SettingsView } from '../../../shared/api';
import { GPU_CHOICES, type GpuChoice } from '../../../shared/desktop/settings';
import { presetNames } from '../../../shared/protocol/preset';
import { getApi } from '../api/client';
import { parseNumberList } from '../desktop/format';
import { LabelledSelect } from './LabelledSelect';

/** The settings page: data folder, threads, GPU, default grid, preset and forcing string. */
export function SettingsScreen() {
  const [view, setView] = useState<SettingsView | null>(null);
  const [form, setForm] = useState({ dataDir: '', threads: '0', gpu: 'auto' as GpuChoice, preset: 'm1', forceString: 'Wait', budgets: '', rounds: '' });
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const fill = (v: SettingsView) => {
    setView(v);
    const s = v.settings;
    setForm({ dataDir: s.dataDir, threads: String(s.threads), gpu: s.gpu, preset: s.preset, forceString: s.forceString, budgets: s.grid.budgets.join(', '), rounds: s.grid.rounds.join(', ') });
  };

  useEffect(() => {
    getApi()
      .getSettings()
      .then(fill)
      .catch((e: unknown) => setMessage({ kind: 'error', text: String((e as Error).message ?? e) }));
  }, []);

  const save = async () => {
    setMessage(null);
    const budgets = parseNumberList(form.budgets, 1);
    const rounds = parseNumberList(form.rounds, 0);
    const threads = Number(form.threads);
    if (!budgets) return setMessage({ kind: 'error', text: 'Budgets: whole numbers of at least 1, separated by commas.' });
    if (!rounds) return setMessage({ kind: 'error', text: 'Rounds: whole numbers of at least 0, separated by commas.' });
    if (!Number.isInteger(threads) || threads < 0) return setMessage({ kind: 'error', text: 'Threads: a whole number (0 for automatic).' });
    try {
      fill(await getApi().updateSettings({ dataDir: form.dataDir.trim(), threads, gpu: form.gpu, preset: form.preset, forceString: form.forceString, grid: { budgets, rounds } }));
      setMessage({ kind: 'ok', text: 'Saved.' });
    } catch (e) {
      setMessage({ kind: 'error', text: (e as Error).message });
    }
  };

  const set = (k: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setForm({ ...form, [k]: e.target.value });

  return (
    <main className="desktop-screen" data-testid="settings-screen">
      <h2>Settings</h2>
      {view?.problem ? (
        <p className="desktop-note desktop-note--warn" role="alert" data-testid="settings-problem">
          {view.problem}
        </p>
      ) : null}
      <form
        className="desktop-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label>
          Data folder (run logs, downloaded models, support log)
          <input value={form.dataDir} onChange={set('dataDir')} placeholder={view?.dataDir ?? ''} data-testid="settings-data-dir" />
        </label>
        <p className="desktop-hint">In use: {view?.dataDir ?? '…'} · settings file: {view?.file ?? '…'}</p>
        <label>
          Threads (0: automatic)
          <input type="number" min={0} value={form.threads} onChange={set('threads')} data-testid="settings-threads" />
        </label>
        <LabelledSelect label="GPU" value={form.gpu} options={GPU_CHOICES} onChange={set('gpu')} testId="settings-gpu" />
        <LabelledSelect label="Default protocol preset" value={form.preset} options={presetNames()} onChange={set('preset')} testId="settings-preset" />
        <label>
          Default forcing string
          <input value={form.forceString} onChange={set('forceString')} />
        </label>
        <label>
          Default budgets
          <input value={form.budgets} onChange={set('budgets')} data-testid="settings-budgets" />
        </label>
        <label>
          Default forcing rounds
          <input value={form.rounds} onChange={set('rounds')} data-testid="settings-rounds" />
        </label>
        <div className="desktop-actions">
          <button type="submit" className="button button--primary" data-testid="settings-save">
            Save
          </button>
          {message ? (
            <span className={`desktop-message desktop-message--${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="settings-message">
              {message.text}
            </span>
          ) : null}
        </div>
      </form>
    </main>
  );
}
