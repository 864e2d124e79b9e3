/** Sample values the site regenerates on every page load must change neither the OpenAPI export nor the SDK. */
import { beforeAll, describe, expect, it } from 'vitest';

import { emitSdk } from '../emitter/index.js';
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

describe('two crawls of an unchanged API', () => {
  let ir: ApiIR;
  let shifted: ApiIR;
  beforeAll(async () => {
    ir = scrapeSnapshot(await readSnapshot('site-snapshot'));
    // What a second crawl sees: every generated date moved, every GUID new.
    shifted = JSON.parse(
      JSON.stringify(ir)
        .replace(/(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{7})/g, '2031-02-03T04:05:06.$7')
        .replace(
          /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
          '11111111-2222-3333-4444-555555555555',
        ),
    );
    expect(JSON.stringify(shifted)).not.toBe(JSON.stringify(ir));
  });

  it('give a byte-identical OpenAPI export', () => {
    expect(serializeOpenApi(toOpenApi(shifted))).toBe(serializeOpenApi(toOpenApi(ir)));
  });

  it('give a byte-identical SDK', () => {
    const [a, b] = [emitSdk(ir), emitSdk(shifted)];
    expect([...b]).toEqual([...a]);
  });
});
