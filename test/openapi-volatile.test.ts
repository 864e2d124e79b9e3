/** Sample values the site regenerates on every page load must not change the OpenAPI export. */
import { describe, expect, it } from 'vitest';
import type { ApiIR } from '../ir/schema.js';
import { serializeOpenApi, toOpenApi } from '../openapi/index.js';
import { PINNED_GUID, pinVolatileValues } from '../openapi/volatile.js';
import { scrapeSnapshot } from '../scraper/index.js';
import { readSnapshot } from '../snapshot/read.js';

describe('pinVolatileValues', () => {
  it.each([
    ['"2026-10-04T13:51:26.4761185+02:00"', '"2000-01-01T00:00:00.0000000+01:00"'],
    ['<At>2026-10-04T13:51:26.47+02:00</At>', '<At>2000-01-01T00:00:00.00+01:00</At>'],
    ['"2026-10-04T13:51:26Z"', '"2000-01-01T00:00:00Z"'],
    ['"2026-10-04T13:51:26"', '"2000-01-01T00:00:00"'],
    ['"id": "3f2504e0-4f89-11d3-9a0c-0305e82c3301"', `"id": "${PINNED_GUID}"`],
    ['"sample string 1", 12.5, "2026-10-04"', '"sample string 1", 12.5, "2026-10-04"'],
  ])('%s -> %s', (input, expected) => {
    expect(pinVolatileValues(input)).toBe(expected);
  });
});

describe('export of two crawls of an unchanged API', () => {
  it('is byte-identical although every sample date and GUID differs', async () => {
    const ir = scrapeSnapshot(await readSnapshot('site-snapshot'));
    const shifted: ApiIR = JSON.parse(
      JSON.stringify(ir).replace(/(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{7})/g, '2031-02-03T04:05:06.$7'),
    );
    expect(JSON.stringify(shifted)).not.toBe(JSON.stringify(ir));
    expect(serializeOpenApi(toOpenApi(shifted))).toBe(serializeOpenApi(toOpenApi(ir)));
  });
});
