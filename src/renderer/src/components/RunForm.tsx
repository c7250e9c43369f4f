import { useEffect, useState } from 'react';
import type { EvalSourceCount, RunRequest } from '../../../shared/api';
import { GPU_CHOICES, type GpuChoice } from '../../../shared/desktop/settings';
import { presetNames } from '../../../shared/protocol/preset';
import { getApi } from '../api/client';
import { parseNumberList } from '../desktop/format';
import { LabelledSelect } from './LabelledSelect';

export interface RunFormProps {
  onStart: (request: RunRequest) => Promise<void>;
  /** Another run is going (one model is loaded at a time). */
  disabled: boolean;
}

/** What to run: model, data (sources, seeded sample), grid, preset, backend. */
export function RunForm({ onStart, disabled }: RunFormProps) {
  const [f, setF] = useState({
    title: '',
    model: '',
    data: '',
    sampleSize: '',
    seed: '42',
    budgets: '',
    rounds: '',
    preset: 'm1',
    forceString: 'Wait',
    mode: 'shared' as RunRequest['mode'],
    budgetPolicy: 'strict' as RunRequest['budgetPolicy'],
    gpu: 'auto' as GpuChoice,
    threads: '0',
  });
  const [sources, setSources] = useState<EvalSourceCount[] | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void getApi()
      .getSettings()
      .then(({ settings: s }) =>
        setF((old) => ({
          ...old,
          model: s.recentModels[0] ?? '',
          budgets: s.grid.budgets.join(', '),
          rounds: s.grid.rounds.join(', '),
          preset: s.preset,
          forceString: s.forceString,
          gpu: s.gpu,
          threads: String(s.threads),
        })),
      )
      .catch(() => undefined);
  }, []);

  const set = (k: keyof typeof f) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setF({ ...f, [k]: e.target.value });

  const loadSources = async () => {
    setProblem(null);
    setSources(null);
    try {
      const list = await getApi().listEvalSources(f.data.trim());
      setSources(list);
      setPicked(list.map((s) => s.name));
    } catch (e) {
      setProblem((e as Error).message);
    }
  };

  const submit = async () => {
    setProblem(null);
    const budgets = parseNumberList(f.budgets, 1);
    const rounds = parseNumberList(f.rounds, 0);
    if (!f.model.trim()) return setProblem('Model: give the path of a GGUF file (see Models).');
    if (!f.data.trim()) return setProblem('Data: give the path of an eval data JSON file.');
    if (!budgets) return setProblem('Budgets: whole numbers of at least 1, separated by commas.');
    if (!rounds) return setProblem('Rounds: whole numbers of at least 0, separated by commas.');
    const sampleSize = f.sampleSize.trim() ? Number(f.sampleSize) : undefined;
    if (sampleSize !== undefined && (!Number.isInteger(sampleSize) || sampleSize < 1)) return setProblem('Sample size: a whole number of at least 1, or empty for all.');
    const seed = Number(f.seed);
    if (!Number.isInteger(seed) || seed < 0) return setProblem('Seed: a whole number of at least 0.');
    const threads = Number(f.threads);
    if (!Number.isInteger(threads) || threads < 0) return setProblem('Threads: a whole number (0 for the settings).');
    const request: RunRequest = {
      model: f.model.trim(),
      data: f.data.trim(),
      grid: { budgets, rounds },
      preset: f.preset,
      forceString: f.forceString,
      mode: f.mode,
      budgetPolicy: f.budgetPolicy,
      gpu: f.gpu,
      seed,
    };
    if (f.title.trim()) request.title = f.title.trim();
    if (sampleSize !== undefined) request.sampleSize = sampleSize;
    if (threads > 0) request.threads = threads;
    if (sources && picked.length < sources.length) request.sources = picked;
    setBusy(true);
    try {
      await onStart(request);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="desktop-form desktop-form--grid"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      data-testid="run-form"
    >
      <label>
        Title
        <input value={f.title} onChange={set('title')} placeholder="(optional)" data-testid="run-title" />
      </label>
      <label className="desktop-span">
        Model (GGUF path)
        <input value={f.model} onChange={set('model')} data-testid="run-model" />
      </label>
      <label className="desktop-span">
        Eval data (m1 eval JSON)
        <span className="desktop-row">
          <input className="desktop-grow" value={f.data} onChange={set('data')} onBlur={() => f.data.trim() && void loadSources()} data-testid="run-data" />
          <button type="button" className="button" onClick={() => void loadSources()} data-testid="run-load-sources">
            Sources
          </button>
        </span>
      </label>
      {sources ? (
        <fieldset className="desktop-span desktop-sources" data-testid="run-sources">
          <legend>Sources</legend>
          {sources.map((s) => (
            <label key={s.name} className="desktop-inline">
              <input type="checkbox" checked={picked.includes(s.name)} onChange={(e) => setPicked(e.target.checked ? [...picked, s.name] : picked.filter((p) => p !== s.name))} />
              {s.name} ({s.count})
            </label>
          ))}
        </fieldset>
      ) : null}
      <label>
        Sample size
        <input type="number" min={1} value={f.sampleSize} onChange={set('sampleSize')} placeholder="all" data-testid="run-sample-size" />
      </label>
      <label>
        Seed
        <input type="number" min={0} value={f.seed} onChange={set('seed')} data-testid="run-seed" />
      </label>
      <label>
        Budgets
        <input value={f.budgets} onChange={set('budgets')} data-testid="run-budgets" />
      </label>
      <label>
        Forcing rounds
        <input value={f.rounds} onChange={set('rounds')} data-testid="run-rounds" />
      </label>
      <label>
        Forcing string
        <input value={f.forceString} onChange={set('forceString')} list="force-strings" data-testid="run-force-string" />
        <datalist id="force-strings">
          <option value="Wait" />
          <option value="Hmm" />
          <option value="Alternatively" />
        </datalist>
      </label>
      <LabelledSelect label="Protocol preset" value={f.preset} options={presetNames()} onChange={set('preset')} testId="run-preset" />
      <label>
        Mode
        <select value={f.mode} onChange={set('mode')}>
          <option value="shared">shared trace (one trace, answers at each cut)</option>
          <option value="independent">independent (every condition from scratch)</option>
        </select>
      </label>
      <label>
        Budget policy
        <select value={f.budgetPolicy} onChange={set('budgetPolicy')}>
          <option value="strict">strict per-trace budget</option>
          <option value="m1-exact">m1-exact (reference scripts' overshoot)</option>
        </select>
      </label>
      <LabelledSelect
        label="Backend"
        value={f.gpu}
        options={GPU_CHOICES}
        onChange={set('gpu')}
        testId="run-gpu"
        optionLabel={(g) => (g === 'cpu' ? 'CPU' : g === 'auto' ? 'auto (GPU when available)' : g)}
      />
      <label>
        Threads
        <input type="number" min={0} value={f.threads} onChange={set('threads')} data-testid="run-threads" />
      </label>
      <div className="desktop-actions desktop-span">
        <button type="submit" className="button button--primary" disabled={busy || disabled} data-testid="run-start">
          {disabled ? 'A run is going' : busy ? 'Starting…' : 'Start'}
        </button>
        {problem ? (
          <span className="desktop-message desktop-message--error" role="alert" data-testid="run-form-problem">
            {problem}
          </span>
        ) : null}
      </div>
    </form>
  );
}
