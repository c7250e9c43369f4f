/**
 * `m1wb serve`: the workbench in the browser, on 127.0.0.1 by default. On any other address
 * (a GPU box reviewed from a laptop) an access token is required: the one given with --token
 * or M1WB_TOKEN, or a random one that is printed in the URL.
 */
export interface ServeOptions {
  host: string;
  port: number;
  staticDir?: string;
  token?: string;
  allowHosts?: string[];
  /** When the port is taken, use any free port instead of failing. */
  fallbackPort?: boolean;
}

export async function serveCommand(opts: ServeOptions): Promise<void> {
  const { startServer, isLoopbackHost } = await import('../../server/index');
  const { generateToken } = await import('../../server/access-token');
  let token = opts.token ?? process.env.M1WB_TOKEN ?? undefined;
  if (!isLoopbackHost(opts.host) && !token) {
    token = generateToken();
    process.stdout.write(`Serving on ${opts.host} requires an access token; generated one for this session.\n`);
  }
  const start = (port: number) =>
    startServer({ host: opts.host, port, staticDir: opts.staticDir, token, allowHosts: opts.allowHosts });
  let server;
  try {
    server = await start(opts.port);
  } catch (e) {
    if (!opts.fallbackPort || (e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
    server = await start(0);
  }
  process.stdout.write(`m1 Workbench is running at ${server.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
