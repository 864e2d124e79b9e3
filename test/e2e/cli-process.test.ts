/**
 * The compiled CLI (`dist/cli/main.js`, what the installed `bin` runs) as a subprocess: exit codes and the files
 * it writes. `npm run test:e2e` builds dist/ first.
 */
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const bin = path.join(root, 'dist/cli/main.js');

function run(cwd: string, ...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
      (err, stdout, stderr) => resolve({ status: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'vitec-cli-e2e-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('the compiled CLI', () => {
  it.each([
    { args: ['--help'], status: 0, out: /Usage: vitec-codegen/ },
    { args: ['--version'], status: 0, out: /^\d+\.\d+\.\d+\n$/ },
    { args: ['no-such-command'], status: 2, err: /unknown command/ },
    { args: ['diff', 'no/such/a', 'no/such/b'], status: 2, err: /no\/such\/[ab]: no such file or folder/ },
  ])('$args -> $status', async ({ args, status, out, err }) => {
    const r = await run(root, ...args);
    expect(r.status).toBe(status);
    if (out) expect(r.stdout).toMatch(out);
    if (err) expect(r.stderr).toMatch(err);
  });

  it('generate, then check: 0 when fresh, 1 with a diff after a hand edit', async () => {
    const out = path.join(tmp, 'sdk');
    const gen = await run(root, 'generate', '--out', out);
    expect(gen.stderr).toMatch(/wrote \d+ files/);
    expect(gen.status).toBe(0);
    expect((JSON.parse(await readFile(path.join(out, 'openapi.json'), 'utf8')) as { openapi: string }).openapi).toBe(
      '3.1.0',
    );
    expect((await run(root, 'check', '--out', out)).status).toBe(0);
    await appendFile(path.join(out, 'src/client.ts'), '// edited by hand\n');
    const stale = await run(root, 'check', '--out', out);
    expect(stale.status).toBe(1);
    expect(stale.stdout).toMatch(/^-\/\/ edited by hand$/m);
  });

  it('--help, --version and a check that its stamp settles load the start-up bundle alone', async () => {
    // A module hook (run with `node --import`) that lists every module the process resolves.
    const hooks = path.join(tmp, 'hooks.mjs');
    await writeFile(
      hooks,
      `import { appendFileSync } from 'node:fs';
export async function resolve(spec, ctx, next) {
  const r = await next(spec, ctx);
  appendFileSync(process.env.LOADED_LOG, r.url + '\\n');
  return r;
}
`,
    );
    const register = path.join(tmp, 'register.mjs');
    await writeFile(
      register,
      `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${hooks}`)});\n`,
    );
    // The bin is a bundle (tools/bundle-cli): its metafile says which sources and packages each of its files holds.
    const meta = JSON.parse(await readFile(path.join(root, 'dist/bundle-meta.json'), 'utf8')) as {
      outputs: Record<string, { inputs: Record<string, unknown> }>;
    };
    // The sources are named from the repository's root, or the checks below would match nothing.
    expect(Object.values(meta.outputs).some((o) => 'cli/program.ts' in o.inputs)).toBe(true);
    const out = path.join(tmp, 'sdk-loads');
    expect((await run(root, 'generate', '--out', out)).status).toBe(0);
    const loads = async (args: string[]) => {
      const log = path.join(tmp, `loaded-${args.length}-${args[0]}.log`);
      await writeFile(log, '');
      // The stages bundle is compiled through vm (cli/code-cache.ts), out of the hook's sight: the debug line says.
      const { status, stderr } = await new Promise<{ status: number; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          ['--import', register, bin, ...args],
          { cwd: root, env: { ...process.env, LOADED_LOG: log, VITEC_CODEGEN_DEBUG: '1' } },
          (err, _stdout, stderr) => resolve({ status: err ? 1 : 0, stderr }),
        );
      });
      const urls = (await readFile(log, 'utf8')).split('\n').filter((l) => l !== '' && !l.startsWith('node:'));
      const cached = [...stderr.matchAll(/^code cache of (.+): (\w+)$/gm)];
      const files = [
        ...new Set(
          [...urls.map((u) => fileURLToPath(u)), ...cached.map((m) => m[1]!)].map((f) =>
            path.relative(root, f).split(path.sep).join('/'),
          ),
        ),
      ];
      const sources = files.flatMap((f) => Object.keys(meta.outputs[f]?.inputs ?? { [f]: true }));
      const packages = new Set(sources.flatMap((u) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(u)?.[1] ?? []));
      return { status, files, sources, packages, cacheStates: cached.map((m) => m[2]) };
    };
    // The start-up holds commander and the check's fast way: no stage library (prettier, handlebars, cheerio,
    // parse5), nor the schema library (zod), nor a stage's entry.
    const stages = ['scraper/index.ts', 'emitter/index.ts', 'openapi/index.ts', 'crawler/index.ts', 'ir/schema.ts'];
    for (const args of [['--help'], ['--version'], ['check', '--out', out]]) {
      const r = await loads(args);
      expect(r.status, args.join(' ')).toBe(0);
      expect(r.files, args.join(' ')).toContain('dist/cli/main.js');
      expect(r.files, args.join(' ')).not.toContain('dist/cli/stages.cjs');
      expect(
        r.files.every((f) => f.startsWith('dist/cli/')),
        args.join(' '),
      ).toBe(true);
      expect([...r.packages].sort(), args.join(' ')).toEqual(['commander', 'lilconfig', 'picocolors']);
      expect(
        stages.filter((s) => r.sources.includes(s)),
        args.join(' '),
      ).toEqual([]);
    }
    // What is loaded later is seen too: a check that must regenerate loads the stages bundle, with the emitter and
    // its libraries, compiled from the code cache the build's training run wrote.
    const slow = await loads(['check', '--out', out, '--sdk-version', '9.9.9']);
    expect(slow.status).toBe(1);
    expect(slow.files).toContain('dist/cli/stages.cjs');
    expect(slow.cacheStates).toEqual(['accepted']);
    expect(slow.sources).toContain('emitter/index.ts');
    expect(slow.packages).toContain('prettier');
  });

  it('runs the stages bundle in strict mode, as the ES modules it is built from', async () => {
    // A line added at the bundle's end runs in its scope: strict only if the bundle opens with the directive.
    const copy = path.join(tmp, 'stages-strict.cjs');
    const source = await readFile(path.join(root, 'dist/cli/stages.cjs'), 'utf8');
    await writeFile(copy, `${source}\nmodule.exports.strict = (function () { return this; })() === undefined;\n`);
    const { loadCommonJs } = await import('../../cli/code-cache.js');
    expect((loadCommonJs(copy).exports as { strict: boolean }).strict).toBe(true);
  });

  it('runs from another folder with an explicit snapshot', async () => {
    const r = await run(tmp, 'scrape', '--snapshot', path.join(root, 'site-snapshot'), '--out', 'ir.json');
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/127 pages, 72 operations/);
    expect(JSON.parse(await readFile(path.join(tmp, 'ir.json'), 'utf8'))).toHaveProperty('operations');
  });

  it('mock, set up by the config file of the working folder, answers in XML until SIGTERM', async () => {
    const project = path.join(tmp, 'mock-project');
    await mkdir(project);
    const snapshot = path.relative(project, path.join(root, 'site-snapshot'));
    await writeFile(path.join(project, 'vitec-codegen.config.json'), JSON.stringify({ snapshot, mock: { port: 0 } }));
    const child = spawn(process.execPath, [bin, 'mock'], { cwd: project, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    // The mock prints where it listens once; the wait ends with the process at the latest.
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const found = /at (http:\/\/127\.0\.0\.1:\d+) /.exec(stderr);
        if (found) resolve(found[1]!);
      });
      child.once('exit', () => reject(new Error(`mock ended before listening:\n${stderr}`)));
    });
    try {
      expect(stderr).toMatch(/mock of 72 operations/);
      const res = await fetch(`${url}/User/GetUser`, {
        headers: { Authorization: 'Basic dTpw', Accept: 'application/xml' },
      });
      expect(res.status).toBe(200);
      expect(await res.text()).toMatch(/^<ArrayOfUser /);
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
  });
});
