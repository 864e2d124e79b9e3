/**
 * The stages bundle's code cache (cli/code-cache.ts): a cache speeds a load up and never changes what runs. A
 * cache of other source (even of the same length, which is all V8 itself compares), of another Node, or damaged
 * is not used, and the module runs from its source.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { hasCurrentCache, loadCommonJs } from '../cli/code-cache.js';

let dir: string;
let file: string;

// Enough functions that V8's cache holds more than the top level once they have run.
const source = (answer: string) =>
  `${Array.from({ length: 20 }, (_, i) => `function f${i}(x) { return x + ${i}; }`).join('\n')}
exports.answer = () => '${answer}' + [${Array.from({ length: 20 }, (_, i) => `f${i}(0)`).join(', ')}].length;
exports.dir = __dirname;
exports.path = require('node:path').sep;
`;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vitec-code-cache-'));
  file = path.join(dir, 'bundle.cjs');
  await writeFile(file, source('one'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Answer = { answer: () => string; dir: string; path: string };

function loadAndRun(): { answer: string; cache: string; loaded: ReturnType<typeof loadCommonJs> } {
  const loaded = loadCommonJs(file);
  const exports = loaded.exports as Answer;
  expect(exports.dir).toBe(dir);
  expect(exports.path).toBe(path.sep);
  return { answer: exports.answer(), cache: loaded.cache, loaded };
}

describe('loadCommonJs', () => {
  it('runs a module without a cache, writes one on request, and runs the same from it', async () => {
    const first = loadAndRun();
    expect(first).toMatchObject({ answer: 'one20', cache: 'absent' });
    first.loaded.saveCache();
    const bytes = await readFile(`${file}.cache`);
    const header = JSON.parse(bytes.subarray(0, bytes.indexOf(10)).toString('utf8')) as Record<string, string>;
    expect(header).toMatchObject({ node: process.version, arch: process.arch });
    expect(header['source']).toMatch(/^[0-9a-f]{64}$/);
    expect(header['data']).toMatch(/^[0-9a-f]{64}$/);
    expect(bytes.length).toBeGreaterThan(bytes.indexOf(10) + 1);
    expect(loadAndRun()).toMatchObject({ answer: 'one20', cache: 'accepted' });
  });

  it('does not use the cache of other source of the same length: the new source runs', async () => {
    expect(hasCurrentCache(file)).toBe(false);
    loadAndRun().loaded.saveCache();
    expect(hasCurrentCache(file)).toBe(true);
    await writeFile(file, source('two'));
    expect(hasCurrentCache(file)).toBe(false);
    expect(source('two').length).toBe(source('one').length);
    expect(loadAndRun()).toMatchObject({ answer: 'two20', cache: 'foreign' });
  });

  it('does not use a cache another Node wrote, nor damaged data; a cache V8 refuses costs only the compile', async () => {
    loadAndRun().loaded.saveCache();
    const bytes = await readFile(`${file}.cache`);
    const cut = bytes.indexOf(10) + 1;
    const header = JSON.parse(bytes.subarray(0, cut).toString('utf8')) as Record<string, string>;
    const withHeader = (h: Record<string, string>, data: Buffer) =>
      writeFile(`${file}.cache`, Buffer.concat([Buffer.from(`${JSON.stringify(h)}\n`), data]));
    await withHeader({ ...header, node: 'v0.0.0' }, bytes.subarray(cut));
    expect(loadAndRun()).toMatchObject({ answer: 'one20', cache: 'foreign' });
    const flipped = Buffer.from(bytes.subarray(cut));
    flipped[flipped.length >> 1]! ^= 0xff;
    await withHeader(header, flipped);
    expect(loadAndRun()).toMatchObject({ answer: 'one20', cache: 'damaged' });
    await writeFile(`${file}.cache`, 'not a header');
    expect(loadAndRun()).toMatchObject({ answer: 'one20', cache: 'damaged' });
    // Well-formed data for a script of another length, under a header that matches (a source this process has
    // not compiled yet: V8 would take a source it holds compiled from memory, without looking at the data).
    await writeFile(file, source('three'));
    const { Script } = await import('node:vm');
    const other = new Script('(function () { return 1; })').createCachedData();
    const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
    await withHeader({ ...header, source: sha(source('three')), data: sha(other) }, other);
    expect(loadAndRun()).toMatchObject({ answer: 'three20', cache: 'rejected' });
  });

  it('says which cache it got on stderr under VITEC_CODEGEN_DEBUG=1, and nothing otherwise', () => {
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      loadAndRun();
      expect(write).not.toHaveBeenCalled();
      vi.stubEnv('VITEC_CODEGEN_DEBUG', '1');
      loadAndRun();
      expect(write).toHaveBeenCalledWith(`code cache of ${file}: absent\n`);
    } finally {
      vi.unstubAllEnvs();
      write.mockRestore();
    }
  });
});
