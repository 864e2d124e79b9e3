/**
 * The runtime's public names, read from the export declarations of `templates/runtime/index.ts` so
 * the emitter never keeps a copy that could drift from what the runtime actually exports. The file
 * must consist of `export { … } from '…'` declarations and comments only, so a small scanner reads it
 * without loading TypeScript at generate time; test/runtime-exports.test.ts checks it against
 * TypeScript's own parse.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { templatesRoot } from './templates.js';

export interface RuntimeExports {
  /** Names that exist at run time (classes, functions, constants). */
  readonly values: readonly string[];
  /** Type-only names (interfaces, type aliases, `type` re-exports). */
  readonly types: readonly string[];
}

const NAME = String.raw`[A-Za-z_$][\w$]*`;
const SPECIFIER = new RegExp(String.raw`^(type\s+)?(${NAME})(?:\s+as\s+(${NAME}))?$`);
const DECLARATION = /^export\s+(type\s+)?\{([^}]*)\}\s*from\s*(['"])[^'"]+\3\s*;/;

let cached: RuntimeExports | undefined;

/** Scans `index.ts` once; anything but `export { … } from` declarations and comments is an error. */
export function runtimeExports(): RuntimeExports {
  if (cached) return cached;
  const file = path.join(templatesRoot(), 'runtime', 'index.ts');
  return (cached = parseRuntimeIndex(readFileSync(file, 'utf8'), file));
}

export function parseRuntimeIndex(source: string, file: string): RuntimeExports {
  let rest = source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/[^\n]*/g, ' ');
  const values: string[] = [];
  const types: string[] = [];
  for (rest = rest.trim(); rest !== ''; rest = rest.trim()) {
    const m = DECLARATION.exec(rest);
    if (m === null)
      throw new Error(`${file}: expected only \`export { … } from '…'\` declarations, found: ${rest.slice(0, 80)}`);
    for (const spec of m[2]!.split(',').map((s) => s.trim())) {
      if (spec === '') continue;
      const s = SPECIFIER.exec(spec);
      if (s === null) throw new Error(`${file}: cannot read the export specifier ${JSON.stringify(spec)}`);
      (m[1] !== undefined || s[1] !== undefined ? types : values).push(s[3] ?? s[2]!);
    }
    rest = rest.slice(m[0].length);
  }
  return { values, types };
}
