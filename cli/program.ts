/**
 * The vitec-codegen command line: commands and their options. Exit codes: 0 ok, 1 findings (stale output, breaking changes),
 * 2 usage or input errors. Each action imports its stages when it runs, so `--help` and a command load only what
 * that command uses. What this file imports statically is the start-up, one bundle (tools/bundle-cli); `check`'s
 * fast way (reading and hashing, no stage) is part of it, so a clean check loads no module besides.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import pc from 'picocolors';

import { DEFAULT_LIMITS } from '../crawler/limits.js';
import { DEFAULT_MAX_LOST, parseMaxLost } from '../crawler/verdict.js';
import { isReleaseVersion } from '../diff/release.js';
import { checkAgainst, quickCheck } from '../emitter/output.js';
import { STAMP_FILE } from '../emitter/stamp.js';
import { isHttpUrl } from '../snapshot/layout.js';
import { applyConfig, configFlag, loadConfig } from './config.js';
import { DEFAULT_SNAPSHOT, irFromOptions, irFromPath, notReReadOf, type IrSourceOptions } from './inputs.js';
import { colorizeDiff, diagnosticsExitCode, summarizeDiagnostics } from './report.js';
import { fingerprintOf, generateSdk, sdkFiles, withSdkVersion, type SdkNameOptions } from './sdk-output.js';
import { stage } from './stages.js';
import { toolVersion } from './version.js';

const DEFAULT_OUT = 'generated';

function maxLostOption(value: string): number {
  try {
    return parseMaxLost(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

function dateOption(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new InvalidArgumentError(`expected a date yyyy-mm-dd; got ${JSON.stringify(value)}`);
  return value;
}

function httpUrlOption(value: string): string {
  if (!isHttpUrl(value))
    throw new InvalidArgumentError(`expected an absolute http(s) URL, got ${JSON.stringify(value)}`);
  return value;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number >= 0');
  return n;
}

/** Write a file, creating its folder; `-` or no path means standard output. */
async function writeOutput(file: string | undefined, text: string): Promise<void> {
  if (!file || file === '-') {
    process.stdout.write(text);
    return;
  }
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, text);
}

/** What the SDK is called; by default the Vitec names for the Vitec site, else the help site's title. */
function nameOptions(cmd: Command): Command {
  return cmd
    .option('--client-name <name>', "the client class (default: VitecClient for Vitec, else from the site's title)")
    .option(
      '--package-name <name>',
      "the npm package (default: vitec-connect-sdk for Vitec, else from the site's title)",
    )
    .option(
      '--sdk-version <x.y.z>',
      "the SDK's version (default: the version in the output folder's package.json, as `release` set it, else 0.1.0)",
      releaseVersionOption,
    );
}

function releaseVersionOption(value: string): string {
  if (!isReleaseVersion(value))
    throw new InvalidArgumentError(`expected a version major.minor.patch, e.g. 1.4.0; got ${JSON.stringify(value)}`);
  return value;
}

function sourceOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--snapshot <dir>', 'snapshot folder to read').default(DEFAULT_SNAPSHOT))
    .addOption(
      new Option('--url <help-root>', 'crawl this help root to a temporary snapshot first').conflicts('snapshot'),
    )
    .option('--api-base-url <url>', "where the API answers (default: the help site's origin)", httpUrlOption)
    .addOption(
      new Option(
        '--json-names <rule>',
        "JSON property names: as the samples document them (inferred where they don't), or one rule",
      )
        .choices(['as-documented', 'camel', 'pascal'])
        .default('as-documented'),
    );
}

/** For the commands that write what they scraped: how the diagnostics decide the exit code. */
function strictOption(cmd: Command): Command {
  return cmd.option('--strict', 'exit 1 on any warning as well as on errors (the output is written either way)');
}

export function buildProgram(): Command {
  const program = new Command('vitec-codegen')
    .description('Turn the Vitec Connect help pages into a typed TypeScript SDK and an OpenAPI 3.1 document.')
    .version(toolVersion(), '-V, --version', 'print the version of vitec-codegen')
    // Read by `main` before parsing (see config.ts); declared so commander accepts it anywhere.
    .option(
      '--config <file>',
      'config file holding option values (default: vitec-codegen.config.json or .mjs, searched from the working folder up)',
    )
    .showHelpAfterError()
    .exitOverride();

  strictOption(
    sourceOptions(program.command('scrape').description('scrape a snapshot into the intermediate model (IR) JSON')),
  )
    .option('-o, --out <file>', 'IR file to write (default: standard output)')
    .action(async (opts: { snapshot?: string; url?: string; apiBaseUrl?: string; out?: string; strict?: boolean }) => {
      const ir = await irFromOptions(opts);
      process.stderr.write(summarizeDiagnostics(ir, { list: true }));
      const { serializeIr } = await stage('irIo');
      await writeOutput(opts.out, serializeIr(ir));
      process.exitCode = diagnosticsExitCode(ir, opts.strict === true);
    });

  strictOption(sourceOptions(program.command('openapi').description('export the IR as an OpenAPI 3.1 document')))
    .option('-o, --out <file>', 'file to write (default: standard output)')
    .action(async (opts: { snapshot?: string; url?: string; apiBaseUrl?: string; out?: string; strict?: boolean }) => {
      const ir = await irFromOptions(opts);
      process.stderr.write(summarizeDiagnostics(ir, { list: false }));
      const { serializeOpenApi, toOpenApi } = await stage('openapi');
      await writeOutput(opts.out, serializeOpenApi(toOpenApi(ir)));
      process.exitCode = diagnosticsExitCode(ir, opts.strict === true);
    });

  sourceOptions(
    program
      .command('mock')
      .description("answer the API's routes with the help pages' JSON and XML samples, for tests without credentials"),
  )
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <n>', 'port to listen on (0: any free one)', positiveInt, 4010)
    .action(async (opts: IrSourceOptions & { host: string; port: number }) => {
      const ir = await irFromOptions(opts);
      const { serveMock } = await stage('mock');
      await serveMock(ir, opts);
    });

  strictOption(
    nameOptions(
      sourceOptions(
        program.command('generate').description('generate the SDK (and openapi.json) into a folder, atomically'),
      ),
    ),
  )
    .option('-o, --out <dir>', 'output folder', DEFAULT_OUT)
    .action(
      async (
        given: { snapshot?: string; url?: string; apiBaseUrl?: string; out: string; strict?: boolean } & SdkNameOptions,
      ) => {
        const { ir, files } = await generateSdk(given);
        process.stderr.write(summarizeDiagnostics(ir, { list: false }));
        process.stderr.write(`wrote ${files.size} files to ${given.out}/\n`);
        process.exitCode = diagnosticsExitCode(ir, given.strict === true);
      },
    );

  nameOptions(
    sourceOptions(program.command('check').description('exit 1 with a diff when the generated folder is stale')),
  )
    .option('-o, --out <dir>', 'generated folder to compare with', DEFAULT_OUT)
    .action(async (given: { snapshot?: string; url?: string; apiBaseUrl?: string; out: string } & SdkNameOptions) => {
      const opts = await withSdkVersion(given);
      // Fast way: the stamp generate left matches the inputs, the generator and every file.
      const fingerprint = await fingerprintOf(opts);
      const reasons = quickCheck(opts.out, fingerprint);
      if (reasons.length === 0) {
        process.stderr.write(
          `${opts.out}/ is up to date (its stamp matches the inputs, the generator and every file)\n`,
        );
        return;
      }
      // Slow way: regenerate in memory and compare; the stamp alone differing (a generator change that
      // changes no output) is not staleness.
      process.stderr.write(`regenerating to compare: ${reasons.join('; ')}\n`);
      const files = await sdkFiles(await irFromOptions(opts), fingerprint, opts.out, opts);
      const result = await checkAgainst(opts.out, files, [STAMP_FILE]);
      if (!result.stale) {
        process.stderr.write(
          `${opts.out}/ is up to date (run \`npm run generate\` to record the new fingerprint, so the next check is fast)\n`,
        );
        return;
      }
      process.stdout.write(process.stdout.isTTY ? colorizeDiff(result.diff) : result.diff);
      process.stderr.write(`${opts.out}/ is stale: run \`npm run generate\` and commit the result\n`);
      process.exitCode = 1;
    });

  program
    .command('crawl')
    .description('fetch the help site politely into a snapshot folder (incremental, resumable, atomic)')
    .argument('<help-root-url>', 'e.g. https://connect.maklare.vitec.net/Help')
    .requiredOption('-o, --out <dir>', 'snapshot folder to write')
    .option('--previous <dir>', 'earlier snapshot for conditional requests (default: --out)')
    .option('--concurrency <n>', 'requests in flight at most', positiveInt, 4)
    .option('--delay <ms>', 'pause before each request', positiveInt, 0)
    .option('--timeout <ms>', 'per-request timeout', positiveInt, 30_000)
    .option('--max-attempts <n>', 'tries per page', positiveInt, 5)
    .option(
      '--max-lost <percent>',
      "fail when more than this share of the previous snapshot's pages cannot be re-read",
      maxLostOption,
      DEFAULT_MAX_LOST,
    )
    .option('--max-pages <n>', 'pages fetched at most', positiveInt, DEFAULT_LIMITS.maxPages)
    .option('--max-redirects <n>', 'redirects followed in a row', positiveInt, DEFAULT_LIMITS.maxRedirects)
    .option(
      '--max-queries-per-path <n>',
      'distinct query strings fetched per path',
      positiveInt,
      DEFAULT_LIMITS.maxQueriesPerPath,
    )
    .option('--max-url-length <n>', 'longest URL fetched (characters)', positiveInt, DEFAULT_LIMITS.maxUrlLength)
    .option(
      '--max-body-mb <n>',
      'largest page body, declared and decompressed (MB)',
      positiveInt,
      DEFAULT_LIMITS.maxBodyBytes / 1e6,
    )
    .option(
      '--max-staged-mb <n>',
      'all bodies of one crawl together (MB)',
      positiveInt,
      DEFAULT_LIMITS.maxStagedBytes / 1e6,
    )
    .addHelpText(
      'after',
      '\nInterrupted crawls leave the previous snapshot intact; run the same command again to resume.\n' +
        'A crawl fails (exit 2, the snapshot untouched) when the help root does not answer 200 with the help\n' +
        'index, or when more than --max-lost (default 5%) of the previous pages cannot be re-read. Pages that\n' +
        'fail within that share keep their previous body, marked stale in the manifest.',
    )
    .action(
      async (
        url: string,
        opts: {
          out: string;
          previous?: string;
          concurrency: number;
          delay: number;
          timeout: number;
          maxAttempts: number;
          maxLost: number;
          maxPages: number;
          maxRedirects: number;
          maxQueriesPerPath: number;
          maxUrlLength: number;
          maxBodyMb: number;
          maxStagedMb: number;
        },
      ) => {
        // Ctrl-C stops the crawl cleanly: the old snapshot stays, and the same command resumes.
        const stop = new AbortController();
        const onSignal = () => stop.abort(new Error('interrupted: run the same command again to resume the crawl'));
        process.once('SIGINT', onSignal);
        try {
          const { crawl } = await stage('crawler');
          const summary = await crawl({
            root: url,
            out: opts.out,
            ...(opts.previous ? { previous: opts.previous } : {}),
            concurrency: opts.concurrency,
            delayMs: opts.delay,
            timeoutMs: opts.timeout,
            maxAttempts: opts.maxAttempts,
            maxLost: opts.maxLost,
            limits: {
              maxPages: opts.maxPages,
              maxRedirects: opts.maxRedirects,
              maxQueriesPerPath: opts.maxQueriesPerPath,
              maxUrlLength: opts.maxUrlLength,
              maxBodyBytes: opts.maxBodyMb * 1e6,
              maxStagedBytes: opts.maxStagedMb * 1e6,
            },
            signal: stop.signal,
          });
          if (summary.stale > 0) {
            process.stderr.write(
              pc.yellow(
                `${summary.stale} page(s) could not be re-read and keep their previous body, marked stale in the manifest\n`,
              ),
            );
          }
          if (summary.failed > 0) {
            process.stderr.write(
              pc.yellow(
                `${summary.failed} page(s) answered with an error or not at all; they are listed in the manifest\n`,
              ),
            );
          }
        } finally {
          process.off('SIGINT', onSignal);
        }
      },
    );

  program
    .command('diff')
    .description('list API changes between two snapshots or IR files, classified breaking or not')
    .argument('<old>', 'snapshot folder or IR JSON file')
    .argument('<new>', 'snapshot folder or IR JSON file')
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'json']).default('md'))
    .addOption(new Option('--fail-on <level>', 'exit 1 when a change of this level is found').choices(['breaking']))
    .action(async (oldPath: string, newPath: string, opts: { format?: 'md' | 'json'; failOn?: 'breaking' }) => {
      // Both sides load at once, but a failure is reported in argument order so the message is the same every run.
      const [before, after] = await Promise.allSettled([irFromPath(oldPath), irFromPath(newPath)]);
      if (before.status === 'rejected') throw before.reason;
      if (after.status === 'rejected') throw after.reason;
      const { diffIr, formatJson, formatMarkdown, hasBreaking } = await stage('diff');
      const changes = diffIr(before.value, after.value);
      const notReRead = await notReReadOf(newPath);
      process.stdout.write(
        opts.format === 'json' ? formatJson(changes, notReRead) : formatMarkdown(changes, { notReRead }),
      );
      if (opts.failOn === 'breaking' && hasBreaking(changes)) process.exitCode = 1;
    });

  program
    .command('release')
    .description("bump the SDK's version by what changed (semver) and add the changes to its CHANGELOG.md")
    .argument('<old>', 'snapshot folder or IR JSON file the SDK was last generated from')
    .argument('<new>', 'snapshot folder or IR JSON file it is generated from now')
    .option('--sdk <dir>', 'the generated SDK folder whose package.json and CHANGELOG.md change', DEFAULT_OUT)
    .option('--date <yyyy-mm-dd>', "the entry's date (default: today, UTC)", dateOption)
    .action(async (oldPath: string, newPath: string, opts: { sdk: string; date?: string }) => {
      const [before, after] = await Promise.allSettled([irFromPath(oldPath), irFromPath(newPath)]);
      if (before.status === 'rejected') throw before.reason;
      if (after.status === 'rejected') throw after.reason;
      const { releaseSdk } = await stage('release');
      const date = opts.date ?? new Date().toISOString().slice(0, 10);
      const release = await releaseSdk(opts.sdk, before.value, after.value, date);
      process.stderr.write(
        release.bump === null
          ? `no API changes: ${release.current} stays\n`
          : `${release.current} -> ${release.version} (${release.bump}: ${release.changeCount} API change(s))\n`,
      );
      process.stdout.write(`${release.version}\n`);
    });

  return program;
}

/** Run the CLI; resolves to the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    const config = await loadConfig(configFlag(argv), process.cwd());
    if (config !== null) applyConfig(program, config);
    await program.parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help ends through here too, with exit code 0; commander has already printed the message.
      return err.exitCode === 0 ? 0 : 2;
    }
    // Messages say where and what; the stack is for us, on request.
    const debug = process.env.VITEC_CODEGEN_DEBUG === '1';
    const text = err instanceof Error ? (debug ? (err.stack ?? err.message) : err.message) : String(err);
    process.stderr.write(`${pc.red('error')}: ${text}\n`);
    return 2;
  }
}
