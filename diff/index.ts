/**
 * The diff: what changed between two versions of the API, and whether it breaks clients.
 * Samples (fresh dates and GUIDs on every page load), sources, diagnostics, the page list (read only
 * to flag a page that failed to load) and the groups' own headings and listings are not compared, so
 * two crawls of an unchanged API give no changes. An operation moving to another group is reported.
 */
import { compareCodeUnits } from '../ir/order.js';
import type { ApiIR } from '../ir/schema.js';
import type { Change, DiffOptions } from './change.js';
import { diffOperations } from './operations.js';
import { diffTypes } from './types.js';
import { mergeUsage, typeUsage } from './usage.js';

export type { Change, ChangeKind, ChangeLocation, DiffOptions, Level } from './change.js';
export { formatJson, formatMarkdown, type NotReRead } from './format.js';
export { bumpFor, nextVersion, withEntry } from './release.js';

export function diffIr(before: ApiIR, after: ApiIR, options: DiffOptions = {}): Change[] {
  const usage = mergeUsage(typeUsage(before), typeUsage(after));
  return sortChanges([...diffOperations(before, after, options), ...diffTypes(before, after, usage, options)]);
}

export function hasBreaking(changes: readonly Change[]): boolean {
  return changes.some((c) => c.level === 'breaking');
}

/** Operations before types, then by place, then by kind: independent of the input's order. */
function sortChanges(changes: Change[]): Change[] {
  const key = ({ location: l, id, message }: Change): string[] => [
    l.operation !== undefined ? '0' : '1',
    l.operation ?? l.type ?? '',
    l.parameter ?? l.property ?? l.member ?? '',
    l.constraint ?? '',
    id,
    message,
  ];
  return changes.sort((x, y) => {
    const [a, b] = [key(x), key(y)];
    return a.reduce((order, part, i) => order || compareCodeUnits(part, b[i]!), 0);
  });
}
