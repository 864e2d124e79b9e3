import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { parseRuntimeIndex, runtimeExports } from '../emitter/runtime-exports.js';
import * as runtime from '../templates/runtime/index.js';

const SOURCE = readFileSync(new URL('../templates/runtime/index.ts', import.meta.url), 'utf8');

/** The exports as TypeScript reads them, for the scanner to agree with. */
function typescriptExports(source: string): { values: string[]; types: string[] } {
  const file = ts.createSourceFile('index.ts', source, ts.ScriptTarget.Latest);
  const values: string[] = [];
  const types: string[] = [];
  for (const statement of file.statements) {
    if (!ts.isExportDeclaration(statement) || statement.exportClause === undefined) throw new Error('not a re-export');
    if (!ts.isNamedExports(statement.exportClause)) throw new Error('a namespace export');
    for (const spec of statement.exportClause.elements)
      (statement.isTypeOnly || spec.isTypeOnly ? types : values).push(spec.name.text);
  }
  return { values, types };
}

describe('runtime public names', () => {
  it('the emitter reads exactly the values templates/runtime/index.ts exports', () => {
    expect([...runtimeExports().values].sort()).toEqual(Object.keys(runtime).sort());
  });

  it('reads the same values and types as TypeScript does, in the same order', () => {
    expect(runtimeExports()).toEqual(typescriptExports(SOURCE));
  });

  it('lists every type-only re-export and no value among the types', () => {
    const { types, values } = runtimeExports();
    expect(types).toEqual(expect.arrayContaining(['ClientOptions', 'RequestOptions', 'ValidationMessage', 'CallArgs']));
    for (const name of types) {
      expect(SOURCE).toMatch(new RegExp(`\\b${name}\\b`));
      expect(values).not.toContain(name);
      expect(Object.keys(runtime)).not.toContain(name);
    }
  });

  it('agrees with TypeScript on aliases, comments and type-only specifiers, and refuses anything else', () => {
    const source = [
      '/** a comment */',
      "export { a, type B, c as d } from './x.js'; // trailing",
      "export type { E, F as G } from './y.js';",
    ].join('\n');
    expect(parseRuntimeIndex(source, 'index.ts')).toEqual(typescriptExports(source));
    expect(parseRuntimeIndex(source, 'index.ts')).toEqual({ values: ['a', 'd'], types: ['B', 'E', 'G'] });
    expect(() => parseRuntimeIndex("export const x = 1;\nexport { a } from './x.js';", 'index.ts')).toThrow(
      /expected only/,
    );
    expect(() => parseRuntimeIndex("export * from './x.js';", 'index.ts')).toThrow(/expected only/);
  });
});
