/**
 * The fuzz test's other half (issue 9): whenever the scraper gives an IR for a damaged site, the SDK
 * emitted from it type-checks. Each seed damages 25 pages of the committed snapshot in place
 * (`test/fuzz-pages.ts`: truncation, garbage, bad encodings, deep nesting, a huge table, bad escapes);
 * the rest of the site stays, so the SDK is a whole one with damaged parts.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

import { emitSdk, generateTo } from '../../emitter/index.js';
import { scrapeSnapshot } from '../../scraper/index.js';
import { readSnapshot, type LoadedSnapshot } from '../../snapshot/read.js';
import { mutatedPages } from '../fuzz-pages.js';
import { compile, report } from './support.js';

const ROOT = path.resolve('generated-test-tmp');
const SEEDS = [0x5eed_0101, 0x5eed_0102, 0x5eed_0103];
const DAMAGED = 25;
let parent = '';

afterAll(async () => {
  if (parent !== '') await rm(parent, { recursive: true, force: true });
});

/** The snapshot with its pages replaced by their first mutation under `seed`. */
function damaged(snapshot: LoadedSnapshot, seed: number): { snapshot: LoadedSnapshot; replaced: number } {
  const byUrl = new Map<string, string | null>();
  for (const page of mutatedPages(snapshot, DAMAGED, seed)) if (!byUrl.has(page.url)) byUrl.set(page.url, page.body);
  const pages = snapshot.pages.map((p) => (byUrl.has(p.url) ? { ...p, body: byUrl.get(p.url)! } : p));
  return { snapshot: { helpRoot: snapshot.helpRoot, pages }, replaced: byUrl.size };
}

describe('an SDK emitted from a fuzzed snapshot', () => {
  it.each(SEEDS)('type-checks under its own strict tsconfig (seed %s)', async (seed) => {
    const { snapshot, replaced } = damaged(await readSnapshot('site-snapshot'), seed);
    expect(replaced).toBeGreaterThan(DAMAGED / 2);
    const ir = scrapeSnapshot(snapshot);
    expect(ir.diagnostics.map((d) => d.code)).not.toContain('scraper-failure');
    expect(ir.operations.length).toBeGreaterThan(0);
    await mkdir(ROOT, { recursive: true });
    parent ||= await mkdtemp(path.join(ROOT, 'fuzz-'));
    const dir = path.join(parent, `sdk-${seed.toString(16)}`);
    await generateTo(dir, emitSdk(ir));
    const program = compile(path.join(dir, 'tsconfig.json'));
    expect(program.getCompilerOptions().strict).toBe(true);
    expect(report(ts.getPreEmitDiagnostics(program), dir)).toEqual([]);
  });
});
