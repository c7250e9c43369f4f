import { useEffect, useState } from 'react';
import type { DownloadStatus, ModelReport } from '../../../shared/api';
import type { GpuChoice } from '../../../shared/desktop/settings';
import { getApi } from '../api/client';
import { useAppEvents } from '../desktop/use-app-events';
import { DownloadProgress } from './DownloadProgress';
import { ModelReportCard } from './ModelReportCard';

/**
 * The model manager: open a local GGUF and see what it is and whether it fits here, or
 * download one from Hugging Face.
 */
export function ModelsScreen() {
  const [path, setPath] = useState('');
  const [gpu, setGpu] = useState<GpuChoice>('auto');
  const [contextSize, setContextSize] = useState(4096);
  const [report, setReport] = useState<ModelReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [recent, setRecent] = useState<string[]>([]);
  const [uri, setUri] = useState('');
  const [downloads, setDownloads] = useState<DownloadStatus[]>([]);

  useEffect(() => {
    const api = getApi();
    void api
      .getSettings()
      .then((v) => {
        setRecent(v.settings.recentModels);
        setGpu(v.settings.gpu);
        // Room for the largest default budget, the answer and the prompt.
        setContextSize(Math.max(...v.settings.grid.budgets) + 1024 + 512);
      })
      .catch(() => undefined);
    void api.listDownloads().then(setDownloads).catch(() => undefined);
  }, []);

  useAppEvents((e) => {
    if (e.type !== 'download') return;
    setDownloads((list) => {
      const rest = list.filter((d) => d.id !== e.status.id);
      return [e.status, ...rest];
    });
    if (e.status.state === 'done' && e.status.file) setRecent((r) => [e.status.file!, ...r.filter((m) => m !== e.status.file)]);
  });

  const inspect = async (file: string) => {
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      const r = await getApi().inspectModel(file, gpu, contextSize);
      setReport(r);
      setRecent((list) => [file, ...list.filter((m) => m !== file)]);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const download = async () => {
    setError(null);
    try {
      const s = await getApi().downloadModel(uri.trim());
      setDownloads((list) => [s, ...list.filter((d) => d.id !== s.id)]);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <main className="desktop-screen" data-testid="models-screen">
      <h2>Models</h2>
      <section className="desktop-section">
        <h3>Open a local GGUF</h3>
        <form
          className="desktop-row"
          onSubmit={(e) => {
            e.preventDefault();
            if (path.trim()) void inspect(path.trim());
          }}
        >
          <input className="desktop-grow" value={path} onChange={(e) => setPath(e.target.value)} placeholder="/path/to/m1-7B-23K.Q8_0.gguf" aria-label="Model file path" data-testid="model-path" />
          <select value={gpu} onChange={(e) => setGpu(e.target.value as GpuChoice)} aria-label="Backend" data-testid="model-gpu">
            {(['auto', 'cuda', 'vulkan', 'metal', 'cpu'] as const).map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
          <label className="desktop-inline">
            context
            <input type="number" min={256} value={contextSize} onChange={(e) => setContextSize(Number(e.target.value) || 4096)} aria-label="Context size" />
          </label>
          <button type="submit" className="button button--primary" disabled={busy} data-testid="model-open">
            {busy ? 'Checking…' : 'Open'}
          </button>
        </form>
        {recent.length > 0 ? (
          <ul className="desktop-list" aria-label="Recent models">
            {recent.map((m) => (
              <li key={m}>
                <button type="button" className="desktop-link" onClick={() => (setPath(m), void inspect(m))}>
                  {m}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        {error ? (
          <p className="desktop-note desktop-note--error" role="alert" data-testid="model-error">
            {error}
          </p>
        ) : null}
        {report ? <ModelReportCard report={report} /> : null}
      </section>
      <section className="desktop-section">
        <h3>Download from Hugging Face</h3>
        <form
          className="desktop-row"
          onSubmit={(e) => {
            e.preventDefault();
            if (uri.trim()) void download();
          }}
        >
          <input className="desktop-grow" value={uri} onChange={(e) => setUri(e.target.value)} placeholder="hf:owner/repo/file.gguf or https://…" aria-label="Model URI" data-testid="download-uri" />
          <button type="submit" className="button" data-testid="download-start">
            Download
          </button>
        </form>
        <p className="desktop-hint">No GGUF of m1 is published: convert the weights with llama.cpp (see the README), or download a GGUF someone converted.</p>
        {downloads.map((d) => (
          <DownloadProgress key={d.id} status={d} onCancel={() => void getApi().cancelDownload(d.id)} onRetry={() => (setUri(d.uri), void getApi().downloadModel(d.uri))} onOpen={(f) => (setPath(f), void inspect(f))} />
        ))}
      </section>
    </main>
  );
}
