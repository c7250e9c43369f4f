/**
 * The server's tokenizer endpoint (`/tokenize` of llama-server and vLLM): special-token
 * parsing on, no BOS. Results are cached by text.
 */
import { HttpStatusError, requestJson, type HttpOptions } from './http';

export class RemoteTokenizer {
  private cache = new Map<string, Promise<number[]>>();

  constructor(
    private readonly http: HttpOptions,
    private readonly model: string | undefined,
  ) {}

  tokenize(text: string): Promise<number[]> {
    let p = this.cache.get(text);
    if (!p) {
      p = this.fetch(text);
      this.cache.set(text, p);
      p.catch(() => this.cache.delete(text));
    }
    return p;
  }

  private async fetch(text: string): Promise<number[]> {
    const body: Record<string, unknown> = {
      content: text,
      add_special: false,
      parse_special: true,
      // vLLM's field names.
      prompt: text,
      add_special_tokens: false,
    };
    if (this.model) body.model = this.model;
    let res: { tokens?: unknown };
    try {
      res = await requestJson<{ tokens?: unknown }>(this.http, '/tokenize', body);
    } catch (e) {
      if (e instanceof HttpStatusError && e.status === 404) {
        throw new Error(`${e.url}: the server has no tokenizer endpoint; the remote backend needs one (llama-server and vLLM have /tokenize)`, { cause: e });
      }
      throw e;
    }
    const tokens = res.tokens;
    if (!Array.isArray(tokens)) throw new Error(`${this.http.baseUrl}/tokenize: the answer has no tokens array`);
    return tokens.map((t) => (typeof t === 'number' ? t : (t as { id: number }).id));
  }
}
