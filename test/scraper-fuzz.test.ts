/**
 * Fuzzing the scraper with pages derived from the committed snapshot: seeded (the same pages every run)
 * and bounded (200 pages). Whatever the page, the scraper must not throw, every diagnostic names its page
 * and place, and the IR it gives validates.
 */
import { describe, expect, it } from 'vitest';

import { parseIr, serializeIr } from '../ir/io.js';
import type { ApiIR } from '../ir/schema.js';
import { scrapeSnapshot } from '../scraper/index.js';
import { readSnapshot } from '../snapshot/read.js';
import { mutatedPages } from './fuzz-pages.js';

const SNAPSHOT = 'site-snapshot';
const PAGES = 200;
const BATCH = 20;

function expectSound(ir: ApiIR): void {
  for (const d of ir.diagnostics) {
    expect(d.url, JSON.stringify(d)).not.toBe('');
    expect(d.where.trim(), JSON.stringify(d)).not.toBe('');
  }
  expect(parseIr(serializeIr(ir), 'fuzzed IR')).toEqual(ir);
}

describe('scraper fuzz', () => {
  it('scrapes 200 seeded mutations of the committed snapshot without throwing, each diagnostic placed, the IR valid', async () => {
    const snapshot = await readSnapshot(SNAPSHOT);
    const pages = mutatedPages(snapshot, PAGES);
    expect(pages).toHaveLength(PAGES);
    let failures = 0;
    for (let start = 0; start < pages.length; start += BATCH) {
      const ir = scrapeSnapshot({ helpRoot: snapshot.helpRoot, pages: pages.slice(start, start + BATCH) });
      expectSound(ir);
      failures += ir.diagnostics.filter((d) => d.code === 'scraper-failure').length;
    }
    // A reader that throws is caught per page; the fuzz wants none of those either.
    expect(failures).toBe(0);
  }, 120_000);

  it('reads a section wrapped in 10,000 nested divs as it reads the plain page', async () => {
    const snapshot = await readSnapshot(SNAPSHOT);
    const page = snapshot.pages.find((p) => p.url.includes('/Help/Api/') && p.body?.includes('<table'))!;
    const body = page.body!;
    const at = body.indexOf('<span class="title"');
    const end = body.lastIndexOf('</div>');
    expect(at).toBeGreaterThan(0);
    const nested =
      body.slice(0, at) + '<div>'.repeat(10_000) + body.slice(at, end) + '</div>'.repeat(10_000) + body.slice(end);
    const plain = scrapeSnapshot({ helpRoot: snapshot.helpRoot, pages: [page] });
    const deep = scrapeSnapshot({ helpRoot: snapshot.helpRoot, pages: [{ ...page, body: nested }] });
    expect(deep.diagnostics.map((d) => d.code)).not.toContain('scraper-failure');
    expect(deep.operations).toHaveLength(1);
    expect(deep.operations).toEqual(plain.operations);
    expect(deep.types).toEqual(plain.types);
  }, 120_000);
});
