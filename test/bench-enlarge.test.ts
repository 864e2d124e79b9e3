/** The benchmarks' synthetic enlargement of site-snapshot/: N faithful, distinct copies of the API. */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

import { enlargeSnapshot } from '../bench/enlarge.js';
import type { ApiIR, TypeRef } from '../ir/schema.js';
import { refIds } from '../ir/type-ref.js';
import { scrapeSnapshot } from '../scraper/index.js';
import { readSnapshot, type LoadedSnapshot } from '../snapshot/read.js';

const SNAPSHOT = fileURLToPath(new URL('../site-snapshot', import.meta.url));
// Three copies exercise every property a larger factor would (the benchmarks use 10), at a third of the scraping.
const FACTOR = 3;

let snapshot: LoadedSnapshot;
let ir: ApiIR;
let enlarged: LoadedSnapshot;
let enlargedIr: ApiIR;
beforeAll(async () => {
  snapshot = await readSnapshot(SNAPSHOT);
  ir = scrapeSnapshot(snapshot);
  enlarged = enlargeSnapshot(snapshot, FACTOR);
  enlargedIr = scrapeSnapshot(enlarged);
});

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function refsOf(t: TypeRef | null): string[] {
  return t === null ? [] : refIds(t);
}

/** `X3` for an id or path of copy 3, `''` for the originals. */
function copyOf(opId: string): string {
  return /^[A-Z]+-(X\d+)-/.exec(opId)?.[1] ?? '';
}

describe('enlargeSnapshot', () => {
  it('gives factor times the pages, with distinct URLs, sorted', () => {
    const urls = enlarged.pages.map((p) => p.url);
    expect(urls).toHaveLength(snapshot.pages.length * FACTOR);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toEqual([...urls].sort());
  });

  it('scrapes to factor times the operations, types and groups, with no error diagnostics', () => {
    expect(enlargedIr.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(enlargedIr.operations).toHaveLength(ir.operations.length * FACTOR);
    expect(enlargedIr.types).toHaveLength(ir.types.length * FACTOR);
    expect(enlargedIr.groups).toHaveLength(ir.groups.length * FACTOR);
    expect(new Set(enlargedIr.operations.map((o) => `${o.method} ${o.path}`)).size).toBe(enlargedIr.operations.length);
  });

  it('gives each copy the diagnostics of the original, no more', () => {
    const original = countBy(ir.diagnostics, (d) => `${d.severity} ${d.code}`);
    const expected = new Map([...original].map(([k, n]) => [k, n * FACTOR]));
    expect(countBy(enlargedIr.diagnostics, (d) => `${d.severity} ${d.code}`)).toEqual(expected);
  });

  it('links each copy only to its own types and groups', () => {
    const typeIds = new Set(ir.types.map((t) => t.id));
    let checked = 0;
    for (const op of enlargedIr.operations) {
      const copy = copyOf(op.id);
      expect(op.path.startsWith(copy ? `${copy}/` : ''), op.id).toBe(true);
      expect(op.group.endsWith(copy ? `-${copy}` : ''), op.id).toBe(true);
      const refs = [
        ...refsOf(op.response.type),
        ...refsOf(op.body?.type ?? null),
        ...op.parameters.flatMap((p) => refIds(p.type)),
      ];
      for (const id of refs) {
        expect(/X\d+$/.exec(id)?.[0] ?? '', `${op.id} -> ${id}`).toBe(copy);
        const base = copy ? id.slice(0, -copy.length) : id;
        if (typeIds.has(base))
          expect(
            enlargedIr.types.some((t) => t.id === id),
            `${op.id} -> ${id}`,
          ).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(ir.operations.length);
  });

  it('keeps the snapshot as it is for factor 1 and refuses a factor below 1', () => {
    expect(enlargeSnapshot(snapshot, 1).pages.map((p) => p.url)).toEqual(snapshot.pages.map((p) => p.url).sort());
    expect(() => enlargeSnapshot(snapshot, 0)).toThrow(/positive integer/);
  });
});
