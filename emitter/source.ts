/** The import declarations the emitting passes share. */
import { compareCodeUnits } from '../ir/order.js';
import type { Statement } from './printer.js';

export interface NamedImport {
  module: string;
  name: string;
  typeOnly: boolean;
}

/**
 * One declaration per module, names sorted; the whole declaration is `import type` when every name
 * is only a type, otherwise the type-only names are marked one by one (`verbatimModuleSyntax`).
 */
export function namedImports(imports: readonly NamedImport[]): Statement[] {
  const byModule = new Map<string, Map<string, boolean>>();
  for (const { module, name, typeOnly } of imports) {
    const names = byModule.get(module) ?? new Map<string, boolean>();
    names.set(name, (names.get(name) ?? true) && typeOnly);
    byModule.set(module, names);
  }
  return [...byModule]
    .sort(([a], [b]) => compareCodeUnits(a, b))
    .map(([module, names]): Statement => {
      const sorted = [...names].sort(([a], [b]) => compareCodeUnits(a, b));
      const allTypes = sorted.every(([, typeOnly]) => typeOnly);
      return {
        kind: 'import',
        module,
        typeOnly: allTypes,
        names: sorted.map(([name, typeOnly]) => ({ name, typeOnly: !allTypes && typeOnly })),
      };
    });
}
