/**
 * Loading a CommonJS bundle through a V8 code cache: the bytecode of every function a training run compiled, so a
 * run skips parsing and compiling them (a tenth of a whole `generate`, measured). Node 22 does this for any module
 * (`module.enableCompileCache()`); Node 20 offers only `vm.Script`'s `cachedData`, so this does it for the one
 * bundle that holds the stages. The cache, `<file>.cache`, is a header line (the sha256 of the source and of
 * the data, Node's version, the architecture), then V8's data. The header is what keeps a wrong cache out: V8
 * checks its own version and flags, but of the source only its length, and not the data at all (a cache of other
 * source of the same length, or with bytes flipped, is taken and run). A cache not used costs only the compile.
 */
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

export type CacheState = 'accepted' | 'rejected' | 'foreign' | 'damaged' | 'absent';

export interface LoadedModule {
  exports: unknown;
  /** What became of `<file>.cache`: used, refused by V8, of other source or another Node, damaged, or missing. */
  cache: CacheState;
  /** Write `<file>.cache` with every function compiled so far (a training run does at exit). */
  saveCache: () => void;
}

interface CacheHeader {
  source: string;
  node: string;
  arch: string;
  /** sha256 of V8's data: V8 does not notice damage to it. */
  data: string;
}

/**
 * Run the CommonJS module `file` (a bundle: it requires only Node's own modules). Two switches, for every bundle
 * loaded this way: `VITEC_CODEGEN_DEBUG=1` says on stderr which cache it got (why was a start-up slow?), and
 * `VITEC_CODEGEN_WRITE_CODE_CACHE=1` (a training run) writes the cache at exit, with all the process compiled.
 */
export function loadCommonJs(file: string): LoadedModule {
  const bytes = readFileSync(file);
  const source = bytes.toString('utf8');
  const cacheFile = `${file}.cache`;
  const expected = expectedHeader(bytes);
  const { data, state } = readCache(cacheFile, expected);
  // The wrapper keeps the source's line numbers (its first line only starts later), for stack traces.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(data ? { cachedData: data } : {}),
  });
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  const loaded: LoadedModule = {
    exports: module.exports,
    cache: data && script.cachedDataRejected === true ? 'rejected' : state,
    saveCache: () => writeCache(cacheFile, expected, script.createCachedData()),
  };
  if (process.env['VITEC_CODEGEN_DEBUG'] === '1') process.stderr.write(`code cache of ${file}: ${loaded.cache}\n`);
  if (process.env['VITEC_CODEGEN_WRITE_CODE_CACHE'] === '1') process.once('exit', loaded.saveCache);
  return loaded;
}

/**
 * Whether `<file>.cache` is this Node's cache of `file` as it is now (V8 may still refuse it, for its flags).
 * @public (for the build script, tools/bundle-cli)
 */
export function hasCurrentCache(file: string): boolean {
  return readCache(`${file}.cache`, expectedHeader(readFileSync(file))).state === 'accepted';
}

// The source hashed as read: hashing the decoded string would encode it again, at five times the cost.
function expectedHeader(source: Buffer): Omit<CacheHeader, 'data'> {
  return { source: sha256(source), node: process.version, arch: process.arch };
}

function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

function readCache(cacheFile: string, expected: Omit<CacheHeader, 'data'>): { data?: Buffer; state: CacheState } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return { state: 'absent' };
  }
  const end = bytes.indexOf(10);
  let header: Partial<CacheHeader>;
  try {
    header = JSON.parse(bytes.subarray(0, end < 0 ? bytes.length : end).toString('utf8')) as Partial<CacheHeader>;
  } catch {
    return { state: 'damaged' };
  }
  if (header.source !== expected.source || header.node !== expected.node || header.arch !== expected.arch)
    return { state: 'foreign' };
  const data = bytes.subarray(end + 1);
  return header.data === sha256(data) ? { data, state: 'accepted' } : { state: 'damaged' };
}

/** Written whole or not at all: a run reading it meanwhile sees the old cache or the new one. */
function writeCache(cacheFile: string, expected: Omit<CacheHeader, 'data'>, data: Buffer): void {
  const header: CacheHeader = { ...expected, data: sha256(data) };
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), data]));
  renameSync(tmp, cacheFile);
}
