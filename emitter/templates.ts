/**
 * The files the emitter copies or fills in rather than builds: `templates/sdk/*.hbs` (the SDK's
 * package.json, tsconfig.json, README.md) and `templates/runtime/*.ts` (copied verbatim). Found by
 * walking up from this module, so it works from the sources (tsx) and from a `dist/` build alike.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { compareCodeUnits } from '../ir/order.js';
import { sdkTemplate } from './sdk-template.js';

export function templatesRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'templates');
    if (existsSync(path.join(candidate, 'sdk')) && existsSync(path.join(candidate, 'runtime'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new Error(`emitter: no templates/ folder (with sdk/ and runtime/) above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

/** Fill `templates/sdk/<name>.hbs` with `data`. */
export function renderTemplate(name: string, data: unknown): string {
  const file = path.join(templatesRoot(), 'sdk', `${name}.hbs`);
  const template = sdkTemplate(file);
  try {
    return template(data);
  } catch (err) {
    throw new Error(`${file}: ${(err as Error).message}`, { cause: err });
  }
}

/** `templates/runtime/*.ts` (tests excluded) by file name, in name order. */
export function runtimeSources(): Map<string, string> {
  const dir = path.join(templatesRoot(), 'runtime');
  // Read from this thread: a thread-pool round trip per small file costs more than the read.
  const names = readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts') && !n.endsWith('.d.ts'));
  const files = new Map<string, string>();
  for (const name of names.sort(compareCodeUnits)) files.set(name, readFileSync(path.join(dir, name), 'utf8'));
  return files;
}
