/**
 * Template variants met on other vendors' Help Page sites: each has a fixture page in
 * test/fixtures/variants/ (stock markup with that site's customisation) and a given/want test on its IR.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { parseIr, serializeIr } from '../ir/io.js';
import type { ApiIR, Operation } from '../ir/schema.js';
import { scrapeSnapshot } from '../scraper/index.js';

const ORIGIN = 'https://api.example.test';
const fixture = (name: string): string => readFileSync(`test/fixtures/variants/${name}`, 'utf8');

/** Scrape fixture pages served at the given paths; the IR must validate. */
function scrape(pages: Record<string, string>): ApiIR {
  const ir = scrapeSnapshot({
    helpRoot: `${ORIGIN}/Help`,
    pages: Object.entries(pages).map(([path, file]) => ({
      url: `${ORIGIN}${path}`,
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: fixture(file),
    })),
  });
  return parseIr(serializeIr(ir), 'test');
}

function only(ir: ApiIR): Operation {
  expect(ir.operations).toHaveLength(1);
  return ir.operations[0]!;
}

const codes = (ir: ApiIR): string[] => ir.diagnostics.map((d) => d.code);

describe('help ids that keep a "." from the route', () => {
  const ir = scrape({
    '/Help': 'dotted-id-index.html',
    '/Help/Api/GET-api-items_paging.pageIndex_paging.pageSize': 'dotted-id-endpoint.html',
  });

  it('match their title and the index link without a warning', () => {
    const op = only(ir);
    expect(op.id).toBe('GET-api-items_paging.pageIndex_paging.pageSize');
    expect(op.group).toBe('Items');
    expect(codes(ir)).not.toContain('title-id-mismatch');
    expect(codes(ir)).not.toContain('listed-operation-without-page');
    expect(codes(ir)).not.toContain('operation-not-in-group');
  });
});
