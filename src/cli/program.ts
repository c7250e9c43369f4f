/**
 * The m1wb command line (commander). Heavy modules (node-llama-cpp, the engine, the server) are
 * imported only by the subcommands that need them, so `m1wb grade` starts fast.
 */
import { Command, CommanderError, Option } from 'commander';
import { EXIT_BAD_INPUT, reportError } from './exit';
import { intList, nameList, nonNegativeInt, positiveInt } from './flags';

const VERSION = '0.1.0';

function wrap(parse: (raw: string) => unknown) {
  return (raw: string) => parse(raw);
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name('m1wb')
    .description('m1 Workbench: test-time scaling error analysis for medical reasoning models')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s.startsWith('error:') ? `m1wb: ${s}` : s) });

  program
    .command('sweep')
    .description('run a model across thinking budgets and forcing rounds, writing a run log (JSON Lines)')
    .option('--model <file|uri>', 'GGUF model file, or a Hugging Face URI (hf:user/repo:quant); with --backend remote: the served model name, or a local copy of its GGUF (recorded in the header)')
    .requiredOption('--data <file>', 'eval data: m1 eval JSON ({source: [items]} or a list) or JSON Lines')
    .option('--sources <a,b>', 'only these sources', wrap(nameList))
    .option('--limit <n>', 'at most n items from each source', wrap((v) => positiveInt('--limit', v)))
    .option('--budgets <list>', 'thinking budgets in tokens', wrap((v) => intList('--budgets', v, 'positive')), [128, 256, 512, 1024, 2048, 4096, 8192])
    .option('--rounds <list>', 'forcing rounds', wrap((v) => intList('--rounds', v, 'non-negative')), [0])
    .option('--force-string <text>', 'forcing string appended after a natural stop (default from the preset: Wait)')
    .option('--preset <name>', 'protocol preset', 'm1')
    .addOption(new Option('--mode <mode>', 'shared trace with branched answers, or every condition from scratch').choices(['shared', 'independent']).default('shared'))
    .addOption(new Option('--budget-policy <policy>', 'per-trace budget, or the reference batch overshoot').choices(['strict', 'm1-exact']).default('strict'))
    .option('--threads <n>', 'CPU threads (default: every core; tiny models run fastest on 1)', wrap((v) => positiveInt('--threads', v)))
    .addOption(new Option('--gpu <backend>', 'compute backend').choices(['auto', 'cuda', 'vulkan', 'metal', 'false']).default('auto'))
    .addOption(new Option('--backend <backend>', 'local node-llama-cpp, or a remote OpenAI-compatible completions server').choices(['local', 'remote']).default('local'))
    .option('--base-url <url>', 'remote: server base URL, e.g. http://127.0.0.1:8080')
    .addOption(new Option('--api-key <key>', 'remote: API key sent as a bearer token').env('M1WB_API_KEY'))
    .option('--parallel <n>', 'remote: requests in flight (questions run concurrently)', wrap((v) => positiveInt('--parallel', v)), 1)
    .option('--timeout-ms <n>', 'remote: timeout of one request attempt (retried with backoff)', wrap((v) => positiveInt('--timeout-ms', v)), 600000)
    .option('--retries <n>', 'remote: retries on 429, 5xx, timeouts and dropped connections', wrap((v) => nonNegativeInt('--retries', v)), 6)
    .option('--title <text>', 'title recorded in the run log')
    .requiredOption('--out <run.jsonl>', 'run log to write')
    .option('--resume', 'continue an existing run log, skipping finished questions')
    .action(async (o) => {
      const { sweepCommand } = await import('./commands/sweep');
      setExit(
        await sweepCommand({
          model: o.model,
          data: o.data,
          sources: o.sources,
          limit: o.limit,
          budgets: o.budgets,
          rounds: o.rounds,
          forceString: o.forceString,
          preset: o.preset,
          mode: o.mode,
          budgetPolicy: o.budgetPolicy,
          threads: o.threads,
          gpu: o.gpu === 'false' ? false : o.gpu,
          out: o.out,
          resume: Boolean(o.resume),
          title: o.title,
          backend: o.backend,
          baseUrl: o.baseUrl,
          apiKey: o.apiKey,
          parallel: o.parallel,
          timeoutMs: o.timeoutMs,
          retries: o.retries,
        }),
      );
    });

  program
    .command('grade')
    .description('grade answers: JSON Lines of {answer_text, options, answer, answer_idx} → {extracted_answer, matched_letter, correct}')
    .option('--in <file>', 'input file (default: standard input)')
    .action(async (o) => {
      const { gradeCommand } = await import('./commands/grade');
      await gradeCommand({ in: o.in });
    });

  program
    .command('prompt')
    .description('print the exact m1 prompt of every item as JSON Lines {source, index, prompt}')
    .requiredOption('--data <file>', 'eval data file')
    .option('--sources <a,b>', 'only these sources', wrap(nameList))
    .option('--limit <n>', 'at most n items from each source', wrap((v) => positiveInt('--limit', v)))
    .option('--preset <name>', 'protocol preset', 'm1')
    .option('--force-string <text>', 'forcing string (recorded in the preset name)')
    .option('--tokens', 'add the token ids (special tokens parsed); needs --model')
    .option('--model <file.gguf>', 'model whose tokenizer to use')
    .action(async (o) => {
      const { promptCommand } = await import('./commands/prompt');
      await promptCommand({ data: o.data, sources: o.sources, limit: o.limit, preset: o.preset, forceString: o.forceString, tokens: Boolean(o.tokens), model: o.model });
    });

  program
    .command('report')
    .description('accuracy per source and condition, curves, flips and token totals of a run log')
    .argument('<run.jsonl>', 'run log')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, o) => {
      const { reportCommand } = await import('./commands/report');
      await reportCommand(file, { json: Boolean(o.json) });
    });

  program
    .command('export')
    .description('write a run log in the reference m1 output layout (one version_N folder per condition)')
    .argument('<run.jsonl>', 'run log')
    .requiredOption('--format <format>', 'output format (m1)')
    .requiredOption('--out <dir>', 'output directory (must not exist or be empty)')
    .action(async (file: string, o) => {
      const { exportCommand } = await import('./commands/export');
      await exportCommand(file, { format: o.format, out: o.out });
    });

  program
    .command('import')
    .description('read reference m1 output folders (version_N or folders holding them) into one run log')
    .argument('<dirs...>', 'm1 output directories')
    .requiredOption('--out <run.jsonl>', 'run log to write')
    .action(async (dirs: string[], o) => {
      const { importCommand } = await import('./commands/import');
      await importCommand(dirs, { out: o.out });
    });

  program
    .command('make-tiny-model')
    .description('write a small random-weight GGUF model for tests and benchmarks')
    .argument('<out.gguf>', 'output file')
    .option('--profile <name>', 'tiny or bench', 'tiny')
    .option('--seed <n>', 'random seed', wrap((v) => nonNegativeInt('--seed', v)))
    .action(async (out: string, o) => {
      const { makeTinyModelCommand } = await import('./commands/make-tiny-model');
      await makeTinyModelCommand(out, { profile: o.profile, seed: o.seed });
    });

  program
    .command('serve')
    .description('serve the workbench in the browser')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <n>', 'port (0: any free port)', wrap((v) => nonNegativeInt('--port', v)), 5180)
    .option('--static-dir <dir>', 'built renderer to serve (default: out/renderer)')
    .option('--token <token>', 'access token (required off loopback; default: M1WB_TOKEN or a random one, printed)')
    .option('--allow-host <names>', 'extra Host names to accept, comma-separated', wrap(nameList))
    .option('--port-fallback', 'use any free port when the port is taken')
    .action(async (o) => {
      const { serveCommand } = await import('./commands/serve');
      await serveCommand({
        host: o.host,
        port: o.port,
        staticDir: o.staticDir,
        token: o.token,
        allowHosts: o.allowHost,
        fallbackPort: Boolean(o.portFallback),
      });
    });

  return program;
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
      if (e.code === 'commander.help') return e.exitCode === 0 ? 0 : EXIT_BAD_INPUT;
      if (e.code === 'commander.executeSubCommandAsync') return e.exitCode;
      // Commander has printed its message already.
      if (e.code === 'commander.invalidArgument' && e.cause) return reportError(e.cause);
      return EXIT_BAD_INPUT;
    }
    return reportError(e);
  }
}
