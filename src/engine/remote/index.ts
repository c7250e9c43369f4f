/** The remote backend: the m1 protocol over an OpenAI-compatible completions server. */
export { runRemoteSweep, type RemoteSweepOptions, type RemoteSweepSummary } from './run-remote-sweep';
export { RemoteBackend, type RemoteBackendOptions } from './backend';
export { complete, completionBody, type Completion, type CompletionRequest } from './completion';
export { requestJson, HttpStatusError, type HttpOptions } from './http';
export { RemoteTokenizer } from './tokenizer';
export { readServerInfo, type ServerInfo } from './server-info';
