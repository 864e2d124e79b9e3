/**
 * The runtime's public names, read from the export declarations of `templates/runtime/index.ts` so
 * the emitter never keeps a copy that could drift from what the runtime actually exports.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Node, Project } from 'ts-morph';

import { templatesRoot } from './templates.js';

export interface RuntimeExports {
  /** Names that exist at run time (classes, functions, constants). */
  readonly values: readonly string[];
  /** Type-only names (interfaces, type aliases, `type` re-exports). */
  readonly types: readonly string[];
}

let cached: RuntimeExports | undefined;

/** Parses `index.ts` once; it must consist of `export { … } from` declarations (and comments) only. */
export function runtimeExports(): RuntimeExports {
  if (cached) return cached;
  const file = path.join(templatesRoot(), 'runtime', 'index.ts');
  const project = new Project({ useInMemoryFileSystem: true });
  const source = project.createSourceFile('index.ts', readFileSync(file, 'utf8'));
  const values: string[] = [];
  const types: string[] = [];
  for (const statement of source.getStatements()) {
    if (!Node.isExportDeclaration(statement) || !statement.getModuleSpecifier() || statement.isNamespaceExport())
      throw new Error(`${file}: expected only \`export { … } from '…'\` declarations, found: ${statement.getText()}`);
    for (const spec of statement.getNamedExports()) {
      const name = spec.getAliasNode()?.getText() ?? spec.getName();
      (statement.isTypeOnly() || spec.isTypeOnly() ? types : values).push(name);
    }
  }
  cached = { values, types };
  return cached;
}
