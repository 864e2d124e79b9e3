/**
 * Work that must grow linearly with a model's size (issue 9: a model page of 26,000 members took 199 s in
 * `generate`). Counted, never timed: a quadratic step reads its inputs about n² times, a linear one a
 * few times n, whatever the machine.
 */
import { describe, expect, it } from 'vitest';

import type { Property, TypeDef } from '../ir/schema.js';
import { fitPlaceholders } from '../openapi/placeholders.js';
import { memberOrder } from '../openapi/schemas.js';
import { complexType, list, property, ref, str } from './ir-builders.js';

const N = 4000;

/** `items` behind a proxy that counts the elements read through it. */
function counted<T>(items: T[]): { items: T[]; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { items: proxy, reads: () => reads };
}

function wideModel(): { members: Property[]; listed: string[] } {
  const members = Array.from({ length: N }, (_, i) => property(`Prop${i}`, str, { constraints: { maxLength: 3 } }));
  // Half the members in `xmlOrder`, so both the listed and the unlisted paths are walked.
  return { members, listed: members.filter((_, i) => i % 2 === 0).map((p) => p.clrName) };
}

describe('work linear in a model of 4,000 members', () => {
  it('memberOrder reads xmlOrder a few times per member, not once per pair', () => {
    const { members, listed } = wideModel();
    const order = counted(listed);
    const def = { ...complexType('Bid_Bid', members), xmlOrder: order.items };
    const ordered = memberOrder(def);
    expect(ordered).toHaveLength(N);
    expect(ordered[0]!.clrName).toBe('Prop0');
    expect(ordered[N / 2]!.clrName).toBe('Prop1');
    expect(order.reads()).toBeLessThanOrEqual(4 * N);
  });

  it('fitPlaceholders reads the members once per type, not once per key of every sample object', () => {
    const { members, listed } = wideModel();
    const props = counted(members);
    const def = { ...complexType('Bid_Bid', []), properties: props.items, xmlOrder: listed };
    const types = new Map<string, TypeDef>([[def.id, def]]);
    const sample = Array.from({ length: 50 }, () =>
      Object.fromEntries(members.slice(0, 100).map((p) => [p.jsonName, 'sample string 7'])),
    );
    const fitted = fitPlaceholders(sample, [list(ref(def.id))], types) as Record<string, string>[];
    expect(fitted[49]!.prop99).toBe('sam');
    expect(props.reads()).toBeLessThanOrEqual(4 * N);
  });
});
