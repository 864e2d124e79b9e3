/**
 * Plain data -> a JavaScript object literal, laid out (see `printer.ts`). Strings go through `JSON.stringify`,
 * so nothing taken from the help pages (backticks, `${`, quotes, line breaks) can end a literal or start an
 * interpolation. Keys in insertion order; `undefined` members are left out; a `Code` is written verbatim.
 */
import type { Doc } from './doc.js';
import { literalKey } from './naming.js';
import { valueDoc } from './printer.js';

export function toLiteral(value: unknown): Doc {
  return valueDoc(value, literalKey);
}
