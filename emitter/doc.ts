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

/** `printDoc` for text placed `indentation` columns in: its first line's indentation is left to the caller. */
export function printDocAt(doc: Doc, width: number, indentation: number): string {
  const pad = ' '.repeat(indentation);
  return printDoc([pad, builders.align(indentation, doc)], width).slice(indentation);
}

const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;

/** Columns a text takes, as prettier counts them: east-Asian wide characters two, combining marks none. */
export function textWidth(text: string): number {
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007F]*$/.test(text)) return text.length;
  let width = 0;
  for (const ch of text) {
    if (/\p{M}/u.test(ch)) continue;
    width += WIDE.test(ch) ? 2 : 1;
  }
  return width;
}
