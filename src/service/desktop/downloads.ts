/**
 * Model downloads through node-llama-cpp's downloader: Hugging Face URIs
 * (`hf:owner/repo/file.gguf`, `hf:owner/repo:quant`) or URLs, into the data folder's models/,
 * with progress events; a cancelled or broken download keeps its partial file and continues
 * where it stopped when started again.
 */
import { createModelDownloader } from 'node-llama-cpp';
import type { DownloadStatus } from '../../shared/desktop/model';
import type { EventHub } from './event-hub';
import type { Logger } from './log-file';
import { downloadErrorMessage, probeHost } from '../../engine/model/download-check';

interface Active {
  status: DownloadStatus;
  controller: AbortController;
}

export class DownloadManager {
  private readonly downloads = new Map<string, Active>();
  private seq = 0;

  constructor(
    private readonly modelsDir: () => string,
    private readonly hub: EventHub,
    private readonly log: Logger,
    private readonly onDone: (file: string) => void,
  ) {}

  list(): DownloadStatus[] {
    return [...this.downloads.values()].map((d) => ({ ...d.status }));
  }

  get(id: string): DownloadStatus {
    const d = this.downloads.get(id);
    if (!d) throw new Error(`no download ${id}`);
    return { ...d.status };
  }

  /** Starts a download and returns at once; progress and the result arrive as events. */
  start(uri: string): DownloadStatus {
    for (const d of this.downloads.values()) {
      if (d.status.uri === uri && d.status.state === 'running') return { ...d.status };
    }
    const id = `dl-${Date.now().toString(36)}-${++this.seq}`;
    const controller = new AbortController();
    const active: Active = { status: { id, uri, state: 'running', downloadedBytes: 0, totalBytes: 0 }, controller };
    this.downloads.set(id, active);
    this.log.info(`download ${id}: ${uri} into ${this.modelsDir()}`);
    void this.run(active);
    return { ...active.status };
  }

  async cancel(id: string): Promise<DownloadStatus> {
    const d = this.downloads.get(id);
    if (!d) throw new Error(`no download ${id}`);
    if (d.status.state === 'running') d.controller.abort();
    return { ...d.status };
  }

  /** Settles once the download has ended (for tests and shutdown). */
  async settled(id: string): Promise<DownloadStatus> {
    for (;;) {
      const s = this.get(id);
      if (s.state !== 'running') return s;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  private emit(d: Active): void {
    this.hub.emit({ type: 'download', status: { ...d.status } });
  }

  private async run(d: Active): Promise<void> {
    const { status, controller } = d;
    let last = 0;
    try {
      // The downloader retries for minutes when the network is down: check it answers first.
      await probeHost(status.uri, controller.signal);
      const downloader = await createModelDownloader({
        modelUri: status.uri,
        dirPath: this.modelsDir(),
        skipExisting: true,
        // Keep the partial file so that starting again continues from it.
        deleteTempFileOnCancel: false,
        onProgress: ({ totalSize, downloadedSize }) => {
          status.totalBytes = totalSize;
          status.downloadedBytes = downloadedSize;
          const now = Date.now();
          if (now - last > 200) {
            last = now;
            this.emit(d);
          }
        },
      });
      status.file = downloader.entrypointFilePath;
      status.totalBytes = downloader.totalSize;
      this.emit(d);
      controller.signal.throwIfAborted();
      const file = await downloader.download({ signal: controller.signal });
      status.file = file;
      status.downloadedBytes = status.totalBytes = downloader.totalSize || status.downloadedBytes;
      status.state = 'done';
      this.log.info(`download ${status.id}: done, ${file}`);
      this.onDone(file);
    } catch (e) {
      if (controller.signal.aborted) {
        status.state = 'cancelled';
        status.error = 'cancelled; the partial file is kept and the download continues from it when started again';
      } else {
        status.state = 'error';
        status.error = downloadErrorMessage(status.uri, e);
      }
      this.log.warn(`download ${status.id}: ${status.error}`);
    }
    this.emit(d);
  }
}
