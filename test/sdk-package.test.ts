/**
 * The committed SDK as a package: `npm pack` builds it (prepack), publint and attw find no errors in
 * the tarball, and the tarball installs into a scratch consumer that type-checks under strict
 * settings with NodeNext and bundler resolution and loads it with `import` and `require`. Offline:
 * the SDK's one dependency (saxes) and its own (xmlchars) are packed from the copies already in
 * node_modules, so npm never asks the registry. Lean enough for the fast tier: one pack, one
 * install, then the checks side by side.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, it } from 'vitest';

const run = promisify(execFile);
const REPO = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(REPO, 'node_modules', '.bin');
const TSC = path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
const NPM_QUIET = ['--no-audit', '--no-fund', '--loglevel=error'];

let work = '';
let consumer = '';
let tarball = '';

async function npm(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('npm', [...args, ...NPM_QUIET], { cwd, maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

/** Runs a tool and hands back its exit code and output, so a failing check shows what it said. */
async function tool(cwd: string, file: string, args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(file, args, { cwd, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

const CONSUMER_SOURCE = `import { VitecClient, VitecError, type ClientOptions, type Notification } from 'vitec-connect-sdk';

declare const baseUrl: string | undefined;
const options: ClientOptions = { username: 'u', password: 'p', baseUrl, format: 'json' };
const client = new VitecClient(options);
const body: Notification = { header: 'Hej', recipients: ['u1'] };
export const sent: Promise<boolean> = client.user.notify('c1', body, { timeoutMs: undefined });
export const isError = (e: unknown): boolean => e instanceof VitecError;
`;

function tsconfig(module: string, moduleResolution: string): string {
  return JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      module,
      moduleResolution,
      lib: ['ES2023', 'DOM'],
      types: [],
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      // TypeScript's own lib files are not under test, and checking lib.dom.d.ts is most of the
      // work; the SDK's declarations are checked (this skips only files marked no-default-lib).
      skipDefaultLibCheck: true,
      noEmit: true,
    },
    files: ['index.ts'],
  });
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'sdk-package-'));
  const sdk = path.join(work, 'sdk');
  // A copy, so the build writes no dist/ into the repository; the repository's node_modules give it tsc and @types.
  await cp(path.join(REPO, 'generated'), sdk, {
    recursive: true,
    filter: (src) => !/[\\/](node_modules|dist)$/.test(src),
  });
  await symlink(path.join(REPO, 'node_modules'), path.join(sdk, 'node_modules'), 'dir');
  const dependencies = ['saxes', 'xmlchars'];
  await Promise.all([
    npm(sdk, ['pack', '--pack-destination', work]),
    npm(work, ['pack', ...dependencies.map((d) => path.join(REPO, 'node_modules', d)), '--pack-destination', work]),
  ]);
  const packed = await readdir(work);
  const tgz = (name: string): string =>
    path.join(
      work,
      packed.find((f) => f.startsWith(`${name}-`))!,
    );
  tarball = tgz('vitec-connect-sdk');

  consumer = path.join(work, 'consumer');
  await mkdir(consumer);
  await writeFile(path.join(consumer, 'package.json'), '{"name":"consumer","private":true,"type":"module"}\n');
  await npm(consumer, ['install', '--offline', '--ignore-scripts', tarball, ...dependencies.map(tgz)]);
  await writeFile(path.join(consumer, 'index.ts'), CONSUMER_SOURCE);
  await writeFile(path.join(consumer, 'tsconfig.nodenext.json'), tsconfig('NodeNext', 'NodeNext'));
  await writeFile(path.join(consumer, 'tsconfig.bundler.json'), tsconfig('ESNext', 'bundler'));
});

afterAll(async () => {
  if (work !== '') await rm(work, { recursive: true, force: true });
});

// Independent checks of the same tarball and consumer, each in its own process: side by side.
describe.concurrent('the SDK package', () => {
  it('packs with the build output, the LICENSE and no repository-only files', async ({ expect }) => {
    const { stdout } = await run('tar', ['-tzf', tarball]);
    const files = stdout.split('\n').filter(Boolean);
    expect(files).toContain('package/dist/index.js');
    expect(files).toContain('package/dist/index.d.ts');
    expect(files).toContain('package/LICENSE');
    expect(files.filter((f) => f.includes('node_modules') || f.endsWith('.vitec-codegen.json'))).toEqual([]);
  });

  it('passes publint', async ({ expect }) => {
    // The tarball itself: what would be published, with no second `npm pack` for publint to run.
    const result = await tool(work, path.join(BIN, 'publint'), [tarball, '--strict']);
    expect(result.output).toContain('All good');
    expect(result.code).toBe(0);
  });

  // ESM only: attw's one note is that `require` from CJS gets ESM, which Node 20.19+ loads (tested below).
  it('passes @arethetypeswrong/cli with the esm-only profile', async ({ expect }) => {
    const result = await tool(work, path.join(BIN, 'attw'), [tarball, '--profile', 'esm-only', '--format', 'json']);
    const report = JSON.parse(result.output) as { problems: Record<string, unknown[]> };
    expect(Object.keys(report.problems).filter((kind) => kind !== 'CJSResolvesToESM')).toEqual([]);
    expect(result.code).toBe(0);
  });

  it.for([
    ['NodeNext', 'tsconfig.nodenext.json'],
    ['bundler', 'tsconfig.bundler.json'],
  ])(
    'type-checks a consumer under strict + exactOptionalPropertyTypes, moduleResolution %s',
    async ([, config], { expect }) => {
      const result = await tool(consumer, process.execPath, [TSC, '-p', config!]);
      expect(result.output).toBe('');
      expect(result.code).toBe(0);
    },
  );

  it('loads in Node with import and with require', async ({ expect }) => {
    const script = "import('vitec-connect-sdk').then((m) => console.log(typeof m.VitecClient))";
    expect((await run(process.execPath, ['-e', script], { cwd: consumer })).stdout.trim()).toBe('function');
    const cjs = "console.log(typeof require('vitec-connect-sdk').VitecError)";
    expect((await run(process.execPath, ['-e', cjs], { cwd: consumer })).stdout.trim()).toBe('function');
  });
});
