/**
 * A hash of the generator itself: the code of every stage that decides what `generate` writes (snapshot reading,
 * scraper, IR, emitter, OpenAPI export, the CLI's file map, the ordering rule), the templates, and the versions of the libraries that lay out and fill in
 * the output (prettier's document printer, handlebars). From a clone it hashes the TypeScript sources, so it is
 * the same on every machine whether the tool runs compiled or from source; an installed copy, which ships no
 * sources, hashes its compiled files instead.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { updateWithFile } from '../io/file-hash.js';
import { filesUnder } from '../io/list-files.js';
import { compareCodeUnits } from '../ir/order.js';

// cli/ and io/ too: the CLI's inputs and SDK file map decide the scrape's options, openapi.json and the stamp, and
// io/order.ts is the order everything is written in. (Leaving them out, an edit there kept check's fast way trusting
// output that generate would now write differently.)
const STAGES = ['snapshot', 'scraper', 'ir', 'emitter', 'openapi', 'cli', 'io'];
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

/**
 * The version of the package `name` that this module's imports get: the first `node_modules/<name>` from here up,
 * as Node looks for a package. (Read directly: `require('<name>/package.json')` matched prettier's long exports
 * map and cost `check` a few milliseconds.)
 */
function libraryVersion(name: string): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')) as {
        version?: unknown;
      };
      return String(pkg.version);
    } catch {
      if (path.dirname(dir) === dir) return 'unknown';
    }
  }
}

let cached: string | undefined;

/**
 * sha256 (hex) of the generator; computed once per process. The reads are synchronous, through one buffer
 * (io/file-hash): a hundred-odd small files, for which promise reads cost `check` more than the hashing.
 */
export function generatorId(): string {
  cached ??= generatorIdOf(packageRoot());
  return cached;
}

/** The generator's hash for the package folder `root` (a clone, or an installed copy without sources). */
export function generatorIdOf(root: string): string {
  const fromSources = existsSync(path.join(root, 'emitter', 'sdk.ts'));
  const code = fromSources ? '.ts' : '.js';
  const files = filesUnder(root, 'templates');
  for (const stage of STAGES) {
    files.push(...filesUnder(root, fromSources ? stage : `dist/${stage}`).filter((f) => f.endsWith(code)));
  }
  const hash = createHash('sha256');
  for (const file of files.sort(compareCodeUnits)) {
    if (!updateWithFile(hash.update(`\0${file}\0`), `${root}/${file}`)) hash.update('\0unreadable');
  }
  for (const name of LIBRARIES) hash.update(`\0${name}@${libraryVersion(name)}`);
  return hash.digest('hex');
}
