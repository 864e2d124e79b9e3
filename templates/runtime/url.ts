/**
 * The request URL: the path template filled in, and the query string from the spec. Problems are
 * thrown as `CodecError`s naming the parameter (`customerId`, `query.pageSize`).
 */
import { encodeBase64 } from './base64.js';
import { CodecError } from './codec-error.js';
import type { OperationSpec } from './operation.js';
import { describe } from './values.js';

export type PathValue = string | number | boolean;

/** `baseUrl/path` with every `{name}` replaced by its encoded value. */
export function buildPath(baseUrl: string, op: OperationSpec, values: readonly PathValue[]): string {
  const filled = op.path.replace(/\{([^}]*)\}/g, (_, name: string) => {
    const index = op.pathParams.indexOf(name);
    const value: unknown = index < 0 ? undefined : values[index];
    if (value === undefined || value === null || value === '')
      throw new CodecError(name, 'the path parameter is missing');
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
      throw new CodecError(name, `expected a string, number or boolean, got ${describe(value)}`);
    }
    return encodeURIComponent(String(value));
  });
  return `${baseUrl}/${filled}`;
}

function formatQueryValue(value: unknown, path: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new CodecError(path, `expected a finite number, got ${describe(value)}`);
    return String(value);
  }
  if (value instanceof Uint8Array) return encodeBase64(value);
  throw new CodecError(path, `expected a string, number or boolean, got ${describe(value)}`);
}

/**
 * `?a=1&b=x&b=y` (or '' when nothing is sent): undefined and null left out, lists as repeated keys,
 * or as indexed keys (`b%5B0%5D=x&b%5B1%5D=y`, brackets percent-encoded) where the spec says so.
 */
export function buildQuery(op: OperationSpec, query: object | undefined): string {
  const values = (query ?? {}) as Record<string, unknown>;
  const pairs: string[] = [];
  for (const spec of op.query) {
    const path = `query.${spec.name}`;
    const value = Object.hasOwn(values, spec.name) ? values[spec.name] : undefined;
    if (value === undefined || value === null) {
      if (spec.required) throw new CodecError(path, 'the required query parameter is missing');
      continue;
    }
    const items = Array.isArray(value) ? value : [value];
    // ASP.NET stops reading indexed keys at the first gap, so left-out items take no index.
    let index = 0;
    items.forEach((item: unknown, i) => {
      if (item === undefined || item === null) return;
      const text = formatQueryValue(item, Array.isArray(value) ? `${path}[${i}]` : path);
      const key = spec.indexed && Array.isArray(value) ? `${spec.wire}[${index}]` : spec.wire;
      index += 1;
      pairs.push(`${encodeURIComponent(key)}=${encodeURIComponent(text)}`);
    });
  }
  if (pairs.length === 0) return '';
  return `${op.path.includes('?') ? '&' : '?'}${pairs.join('&')}`;
}
