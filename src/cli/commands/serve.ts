/** `m1wb serve`: the workbench in the browser, served on 127.0.0.1 by default. */
export async function serveCommand(opts: { host: string; port: number; staticDir?: string }): Promise<void> {
  const { startServer } = await import('../../server/index');
  const server = await startServer({ host: opts.host, port: opts.port, staticDir: opts.staticDir });
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
