/** Comparing validation rules: did the set of accepted values shrink, grow, or change shape? */
import type { Constraints } from '../ir/schema.js';
import type { ConstraintName } from './change.js';

/** `tightened`: fewer values accepted; `loosened`: more; `changed`: neither is provable (a new pattern). */
export type Direction = 'tightened' | 'loosened' | 'changed';

export interface ConstraintChange {
  constraint: ConstraintName;
  direction: Direction;
  before: number | string | null;
  after: number | string | null;
}

/** An upper bound tightens when it falls, a lower bound when it rises. */
const BOUNDS: readonly { name: Exclude<ConstraintName, 'pattern'>; upper: boolean }[] = [
  { name: 'minLength', upper: false },
  { name: 'maxLength', upper: true },
  { name: 'minimum', upper: false },
  { name: 'maximum', upper: true },
];

export function compareConstraints(before: Constraints, after: Constraints): ConstraintChange[] {
  const changes: ConstraintChange[] = [];
  for (const { name, upper } of BOUNDS) {
    const a = before[name];
    const b = after[name];
    if (a === b) continue;
    // A bound appearing narrows what is accepted; one disappearing widens it.
    const tightened = a === undefined ? true : b === undefined ? false : upper ? b < a : b > a;
    changes.push({
      constraint: name,
      direction: tightened ? 'tightened' : 'loosened',
      before: a ?? null,
      after: b ?? null,
    });
  }
  if (before.pattern !== after.pattern) {
    const direction: Direction =
      before.pattern === undefined ? 'tightened' : after.pattern === undefined ? 'loosened' : 'changed';
    changes.push({ constraint: 'pattern', direction, before: before.pattern ?? null, after: after.pattern ?? null });
  }
  return changes;
}

const WORDING: Record<ConstraintName, string> = {
  minLength: 'minimum length',
  maxLength: 'maximum length',
  minimum: 'minimum',
  maximum: 'maximum',
  pattern: 'pattern',
};

/** `maximum length lowered from 50 to 40`, `pattern added (^\d+$)`. */
export function describeConstraintChange(change: ConstraintChange): string {
  const what = WORDING[change.constraint];
  if (change.before === null) return `${what} ${change.after} added`;
  if (change.after === null) return `${what} ${change.before} removed`;
  if (change.constraint === 'pattern') return `pattern changed from ${change.before} to ${change.after}`;
  return `${what} ${change.after > change.before ? 'raised' : 'lowered'} from ${change.before} to ${change.after}`;
}
