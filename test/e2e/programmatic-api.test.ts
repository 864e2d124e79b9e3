/**
 * The programmatic API from the built package, as a dependent project sees it: `vitec-codegen` in
 * its node_modules (a link to this repository), resolved through `exports` to `dist/api/`, typed
 * under strict NodeNext, and run by Node: scrape, generate and diff a fixture snapshot.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { compile, report } from './support.js';

const run = promisify(execFile);
const REPO = path.resolve(import.meta.dirname, '..', '..');
const SNAPSHOT = path.join(REPO, 'test', 'fixtures', 'stock-snapshot');

let project = '';

// Types only: every entry named in the README, with the types a caller writes.
const TYPED = `import { crawl, diff, generate, hasBreaking, scrape, type ApiIR, type Change, type CrawlOptions, type CrawlSummary } from 'vitec-codegen';

export async function use(snapshot: string, out: string): Promise<[number, boolean, string]> {
  const ir: ApiIR = await scrape(snapshot, { jsonNames: 'camel' });
  const { files } = await generate({ snapshot, out, clientName: 'AcmeClient' });
  const changes: Change[] = await diff(ir, snapshot);
  const crawler: (options: CrawlOptions) => Promise<CrawlSummary> = crawl;
  void crawler;
  // @ts-expect-error generate needs the folder to write
  void generate({ snapshot });
  return [files.size, hasBreaking(changes), ir.operations[0]?.id ?? ''];
}
`;

const RUN = `import { diff, generate, scrape } from 'vitec-codegen';

const [snapshot, out] = process.argv.slice(2);
const ir = await scrape(snapshot);
const { files } = await generate({ snapshot, out });
const changes = await diff(ir, snapshot);
console.log(JSON.stringify({
  resolved: import.meta.resolve('vitec-codegen'),
  operations: ir.operations.length,
  files: [...files.keys()],
  changes: changes.length,
}));
`;

beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'vitec-codegen-api-'));
  await mkdir(path.join(project, 'node_modules', '@types'), { recursive: true });
  await symlink(REPO, path.join(project, 'node_modules', 'vitec-codegen'), 'dir');
  await symlink(
    path.join(REPO, 'node_modules', '@types', 'node'),
    path.join(project, 'node_modules', '@types', 'node'),
  );
  await writeFile(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  await writeFile(path.join(project, 'use.mts'), TYPED);
  await writeFile(path.join(project, 'run.mjs'), RUN);
  await writeFile(
    path.join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        exactOptionalPropertyTypes: true,
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        target: 'ES2022',
        types: ['node'],
        skipLibCheck: false,
        noEmit: true,
      },
      files: ['use.mts'],
    }),
  );
});

afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

describe("import { crawl, scrape, generate, diff } from 'vitec-codegen'", () => {
  it('type-checks in a strict NodeNext project', () => {
    const program = compile(path.join(project, 'tsconfig.json'));
    expect(report([...program.getSemanticDiagnostics(), ...program.getSyntacticDiagnostics()], project)).toEqual([]);
  });

  it('runs from dist: scrape, generate and diff a snapshot', async () => {
    const out = path.join(project, 'sdk');
    const { stdout } = await run(process.execPath, ['run.mjs', SNAPSHOT, out], { cwd: project });
    const result = JSON.parse(stdout) as { resolved: string; operations: number; files: string[]; changes: number };
    expect(result.resolved).toMatch(/\/dist\/api\/index\.js$/);
    expect(result.operations).toBeGreaterThan(0);
    expect(result.files).toEqual(expect.arrayContaining(['openapi.json', 'package.json', 'src/index.ts']));
    expect(result.changes).toBe(0);
    const written = JSON.parse(await readFile(path.join(out, 'openapi.json'), 'utf8')) as { paths: object };
    expect(Object.keys(written.paths).length).toBeGreaterThan(0);
  });
});
