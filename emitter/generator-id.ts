/**
 * A hash of the generator itself: the code of every stage that decides what `generate` writes (snapshot reading,
 * scraper, IR, emitter, OpenAPI export), the templates, and the versions of the libraries that lay out and fill in
 * the output (prettier's document printer, handlebars). From a clone it hashes the TypeScript sources, so it is
 * the same on every machine whether the tool runs compiled or from source; an installed copy, which ships no
 * sources, hashes its compiled files instead.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { compareCodeUnits } from '../ir/order.js';

const STAGES = ['snapshot', 'scraper', 'ir', 'emitter', 'openapi'];
const LIBRARIES = ['prettier', 'handlebars'];

function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json')) || !existsSync(path.join(dir, 'templates'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`emitter: no package root above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return dir;
}

async function filesUnder(dir: string, keep: (name: string) => boolean): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile() && keep(e.name)).map((e) => path.join(e.parentPath, e.name));
}

function libraryVersion(name: string): string {
  try {
    const pkg = createRequire(import.meta.url)(`${name}/package.json`) as { version?: unknown };
    return String(pkg.version);
  } catch {
    return 'unknown';
  }
}

let cached: Promise<string> | undefined;

/** sha256 (hex) of the generator; computed once per process. */
export function generatorId(): Promise<string> {
  cached ??= compute();
  return cached;
}

async function compute(): Promise<string> {
  const root = packageRoot();
  const fromSources = existsSync(path.join(root, 'emitter', 'sdk.ts'));
  const base = fromSources ? root : path.join(root, 'dist');
  const code = (name: string) => (fromSources ? name.endsWith('.ts') : name.endsWith('.js'));
  const files = await filesUnder(path.join(root, 'templates'), () => true);
  for (const stage of STAGES) files.push(...(await filesUnder(path.join(base, stage), code)));
  const hash = createHash('sha256');
  for (const file of files.map((f) => path.relative(root, f).split(path.sep).join('/')).sort(compareCodeUnits)) {
    hash.update(`\0${file}\0`).update(await readFile(path.join(root, file)));
  }
  for (const name of LIBRARIES) hash.update(`\0${name}@${libraryVersion(name)}`);
  return hash.digest('hex');
}
