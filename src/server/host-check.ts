/**
 * Guards against DNS rebinding and cross-site use of the browser-mode server: requests must
 * name an allowed Host, and WebSocket upgrades must come from the server's own origin.
 */
export interface HostPolicy {
  /** Host names accepted in the Host header (without port). */
  hosts: Set<string>;
  port: number;
}

export function loopbackPolicy(port: number, extraHosts: string[] = []): HostPolicy {
  return { hosts: new Set(['127.0.0.1', 'localhost', '[::1]', ...extraHosts]), port };
}

function splitHost(hostHeader: string): { name: string; port: number | null } {
  const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(hostHeader.trim().toLowerCase());
  if (!m) return { name: '', port: null };
  return { name: m[1], port: m[2] ? Number(m[2]) : null };
}

export function hostAllowed(policy: HostPolicy, hostHeader: string | undefined): boolean {
  if (!hostHeader) return false;
  const { name, port } = splitHost(hostHeader);
  return policy.hosts.has(name) && (port === null || port === policy.port);
}

/** An Origin is allowed only when it is this server itself (http://<allowed host>:<port>). */
export function originAllowed(policy: HostPolicy, origin: string | undefined): boolean {
  if (!origin) return true; // non-browser clients send none
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return hostAllowed(policy, url.host);
}
