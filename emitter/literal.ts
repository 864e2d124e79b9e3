/**
 * Plain data -> JavaScript source for an object literal. Strings go through `JSON.stringify`, so
 * nothing taken from the help pages (backticks, `${`, quotes, line breaks) can end a literal or
 * start an interpolation. Keys in insertion order; `undefined` members are left out; a `Code` is
 * written verbatim.
 */
import { literalKey } from './naming.js';

/** Source text written as it is: the thunks by which descriptors refer to each other. */
export class Code {
  constructor(readonly text: string) {}
}

export function toLiteral(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof Code) return value.text;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(toLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    const members = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${literalKey(k)}: ${toLiteral(v)}`);
    return `{ ${members.join(', ')} }`;
  }
  throw new TypeError(`toLiteral: cannot write a ${typeof value} as a literal`);
}
