/**
 * What the server says about itself, for the run-log header: the served model's id
 * (`/v1/models`) and, on llama-server, its build and slots (`/props`).
 */
import { HttpStatusError, requestJson, type HttpOptions } from './http';

export interface ServerInfo {
  modelId?: string;
  /** llama-server's build string, when it has /props. */
  build?: string;
  slots?: number;
  /** Model file path the server reports (llama-server). */
  modelPath?: string;
}

export async function readServerInfo(http: HttpOptions): Promise<ServerInfo> {
  const quick: HttpOptions = { ...http, retries: Math.min(http.retries ?? 6, 2) };
  const models = await requestJson<{ data?: { id?: string }[] }>(quick, '/v1/models');
  const info: ServerInfo = {};
  const id = models.data?.[0]?.id;
  if (typeof id === 'string') info.modelId = id;
  try {
    const props = await requestJson<{ build_info?: string; total_slots?: number; model_path?: string }>(quick, '/props');
    if (typeof props.build_info === 'string') info.build = props.build_info;
    if (typeof props.total_slots === 'number') info.slots = props.total_slots;
    if (typeof props.model_path === 'string') info.modelPath = props.model_path;
  } catch (e) {
    if (!(e instanceof HttpStatusError)) throw e;
  }
  return info;
}
