/**
 * ts-morph plumbing: statement structures -> source text, in an in-memory project (nothing touches
 * the disk), and the import declarations the emitting passes share.
 */
import {
  IndentationText,
  Project,
  QuoteKind,
  StructureKind,
  type ImportDeclarationStructure,
  type StatementStructures,
} from 'ts-morph';

import { compareCodeUnits } from '../ir/order.js';

/** Print each file's statements; the text is formatted afterwards by prettier. */
export function printFiles(files: ReadonlyMap<string, StatementStructures[]>): Map<string, string> {
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single },
  });
  const out = new Map<string, string>();
  for (const [path, statements] of files) {
    const file = project.createSourceFile(`/${path}`, { statements });
    // A blank line between the imports and the code; prettier keeps blank lines but never adds them.
    const lastImport = file.getImportDeclarations().at(-1);
    if (lastImport !== undefined && lastImport.getNextSibling() !== undefined)
      file.insertText(lastImport.getEnd(), '\n');
    out.set(path, file.getFullText());
  }
  return out;
}

export interface NamedImport {
  module: string;
  name: string;
  typeOnly: boolean;
}

/**
 * One declaration per module, names sorted; the whole declaration is `import type` when every name
 * is only a type, otherwise the type-only names are marked one by one (`verbatimModuleSyntax`).
 */
export function namedImports(imports: readonly NamedImport[]): ImportDeclarationStructure[] {
  const byModule = new Map<string, Map<string, boolean>>();
  for (const { module, name, typeOnly } of imports) {
    const names = byModule.get(module) ?? new Map<string, boolean>();
    names.set(name, (names.get(name) ?? true) && typeOnly);
    byModule.set(module, names);
  }
  return [...byModule]
    .sort(([a], [b]) => compareCodeUnits(a, b))
    .map(([module, names]) => {
      const sorted = [...names].sort(([a], [b]) => compareCodeUnits(a, b));
      const allTypes = sorted.every(([, typeOnly]) => typeOnly);
      return {
        kind: StructureKind.ImportDeclaration,
        moduleSpecifier: module,
        isTypeOnly: allTypes,
        namedImports: sorted.map(([name, typeOnly]) => ({ name, isTypeOnly: !allTypes && typeOnly })),
      };
    });
}
