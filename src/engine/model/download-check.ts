/**
 * Model downloads: where a URI is fetched from, a fast check that the host answers at all
 * (node-llama-cpp's downloader otherwise waits for minutes when offline), and a clear message.
 */

/** The host a model URI is fetched from. */
export function downloadHost(uri: string): string {
  if (/^https?:\/\//i.test(uri)) return new URL(uri).origin;
  return (process.env.HF_ENDPOINT || 'https://huggingface.co').replace(/\/+$/, '');
}

/** Fails fast (within `ms`) when the host does not answer at all. */
export async function probeHost(uri: string, signal: AbortSignal, ms = 15_000): Promise<void> {
  const host = downloadHost(uri);
  await fetch(host + '/', { method: 'HEAD', redirect: 'manual', signal: AbortSignal.any([signal, AbortSignal.timeout(ms)]) });
}

export function downloadErrorMessage(uri: string, e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  const cause = e instanceof Error && e.cause instanceof Error ? ` (${e.cause.message})` : '';
  const network = /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|network|getaddrinfo|TimeoutError|timed out|aborted due to timeout/i.test(msg + cause);
  return network
    ? `cannot download ${uri}: the network is not reachable from this machine${cause || ` (${msg})`}. Connect to the internet and try again (the download continues where it stopped), or download the GGUF elsewhere and open the local file.`
    : `cannot download ${uri}: ${msg}${cause}`;
}
