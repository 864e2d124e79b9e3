/**
 * The runtime ships inside every generated SDK and must run in browsers, Deno and Bun: it may
 * import only its own modules and, in the one module that is the Node parser of the XML entry,
 * saxes, and use no Node-only global.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const DIR = path.resolve('templates/runtime');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.ts'))
  .sort();
const NODE_ONLY = new Set([
  'Buffer',
  'process',
  'require',
  'module',
  '__dirname',
  '__filename',
  'global',
  'setImmediate',
]);

function identifiers(source: ts.SourceFile): Set<string> {
  const found = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) found.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the runtime is portable', () => {
  it('has the modules the emitter copies', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'errors.ts',
        'http.ts',
        'index.ts',
        'json-codec.ts',
        'schema.ts',
        'validate.ts',
        'xml-codec.ts',
        'xml-dom-browser.ts',
        'xml-dom-node.ts',
        'xml.ts',
      ]),
    );
  });

  it.each(files)('%s imports only runtime modules (and xml-dom-node.ts saxes)', (file) => {
    const text = readFileSync(path.join(DIR, file), 'utf8');
    const specifiers = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
    for (const spec of specifiers) {
      if (spec === 'saxes' && file === 'xml-dom-node.ts') continue;
      expect(spec).toMatch(/^\.\/[a-z0-9-]+\.js$/);
      expect(files).toContain(spec.slice(2).replace(/\.js$/, '.ts'));
    }
  });

  it.each(files)('%s uses no Node-only global', (file) => {
    const source = ts.createSourceFile(file, readFileSync(path.join(DIR, file), 'utf8'), ts.ScriptTarget.ES2022, true);
    expect([...identifiers(source)].filter((name) => NODE_ONLY.has(name))).toEqual([]);
  });
});
