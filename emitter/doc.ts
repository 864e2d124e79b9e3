/**
 * The layout engine: prettier's own document builders and printer (`prettier/doc`, Wadler's "prettier printer"
 * with prettier's `fits` rules). `printer.ts` builds the documents the way prettier's TypeScript printer does
 * for the constructs the SDK has, so the text comes out already formatted; `prettier/doc` is a 58 KB module
 * that loads in milliseconds, where prettier's TypeScript parser and printer would cost most of `generate`.
 */
import { builders, printer } from 'prettier/doc';

export type Doc = builders.Doc;

export const { line, softline, hardline, indent } = builders;

export function join(separator: Doc, docs: readonly Doc[]): Doc[] {
  return builders.join(separator, [...docs]);
}

export function ifBreak(broken: Doc, flat: Doc = ''): Doc {
  return builders.ifBreak(broken, flat);
}

/** `contents` indented when the group `groupId` broke. */
export function indentIfBreak(contents: Doc, groupId: symbol): Doc {
  return builders.indentIfBreak(contents, { groupId });
}

export function group(contents: Doc, options: { shouldBreak?: boolean; id?: symbol } = {}): Doc {
  return builders.group(contents, options);
}

/** The first of `states` that fits, else the last one broken. */
export function conditionalGroup(states: Doc[]): Doc {
  return builders.conditionalGroup(states);
}

/** Lay `doc` out in `width` columns, two spaces an indentation level, as prettier prints the SDK's files. */
export function printDoc(doc: Doc, width: number): string {
  return printer.printDocToString(doc, { printWidth: width, tabWidth: 2, useTabs: false }).formatted;
}
