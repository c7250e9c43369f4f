import type { ModelReport } from '../../../shared/api';
import { formatBytes } from '../desktop/format';

/** What a GGUF is and how it would run here. */
export function ModelReportCard({ report: r }: { report: ModelReport }) {
  return (
    <div className={`model-report model-report--${r.fits ? 'fits' : 'nofit'}`} data-testid="model-report">
      <dl className="desktop-facts">
        <dt>File</dt>
        <dd>{r.path}</dd>
        <dt>Name</dt>
        <dd>{r.name ?? '–'}</dd>
        <dt>Architecture</dt>
        <dd data-testid="model-architecture">{r.architecture ?? 'unknown'}</dd>
        <dt>Size</dt>
        <dd>
          {formatBytes(r.sizeBytes)}
          {r.parameters ? ` · ${(r.parameters / 1e9).toFixed(r.parameters < 1e9 ? 3 : 1)} B parameters` : ''} · {r.layers} layers
        </dd>
        <dt>Quantisation</dt>
        <dd data-testid="model-quantization">{r.quantization ?? 'unknown'}</dd>
        <dt>Training context</dt>
        <dd data-testid="model-train-context">{r.trainContextSize ?? 'unknown'}</dd>
        <dt>Backend</dt>
        <dd data-testid="model-backend">
          {r.backend.toUpperCase()}
          {r.gpuNames.length > 0 ? ` (${r.gpuNames.join(', ')})` : ''}
        </dd>
        <dt>Memory</dt>
        <dd>
          {r.vram ? `${formatBytes(r.vram.free)} of ${formatBytes(r.vram.total)} VRAM free · ` : 'no GPU memory · '}
          {formatBytes(r.ram.free)} of {formatBytes(r.ram.total)} RAM free
        </dd>
        <dt>GPU layers</dt>
        <dd data-testid="model-gpu-layers">
          {r.gpuLayers} of {r.layers} (context {r.contextSize})
        </dd>
        <dt>Fits</dt>
        <dd data-testid="model-fits">{r.fits ? 'yes' : 'no'}</dd>
      </dl>
      {r.advice ? (
        <p className={`desktop-note ${r.fits ? '' : 'desktop-note--warn'}`} data-testid="model-advice">
          {r.advice}
        </p>
      ) : null}
    </div>
  );
}
