import { describe, expect, it } from 'vitest';

import { parseIr, serializeIr } from '../ir/io.js';
import type { PageKind } from '../ir/schema.js';
import { scrapeSnapshot } from '../scraper/index.js';
import type { SnapshotPage } from '../snapshot/format.js';

const H = 'https://connect.maklare.vitec.net';
const api = `${H}/Help/Api/GET-A-id`;
const good =
  '<html><body><div class="paper-content"><span class="display1">GET A/{id}</span><p>Hämta</p><span class="title">URI Parameters</span><table><thead><tr><td>Namn</td><td>Beskrivning</td><td>Typ</td><td>Information</td></tr></thead><tbody><tr><td>id</td><td>Id</td><td>string</td><td>Krävs</td></tr></tbody></table><span class="title">Resource Description</span><p>string</p></div></body></html>';

interface Case {
  name: string;
  page: Partial<SnapshotPage> & { url: string };
  kind: PageKind;
  codes: string[];
}

const cases: Case[] = [
  {
    name: 'HTTP 500',
    page: {
      url: `${H}/Help/ResourceModel?modelName=Models_RangeOfInt32`,
      status: 500,
      body: '<html><body>Server Error</body></html>',
    },
    kind: 'error',
    codes: ['page-unavailable'],
  },
  { name: 'no answer', page: { url: api, status: 0, body: null }, kind: 'error', codes: ['page-unavailable'] },
  { name: 'empty body', page: { url: api, body: '' }, kind: 'error', codes: ['page-unavailable'] },
  {
    name: 'not HTML',
    page: { url: `${H}/Help/Api/GET-B`, contentType: 'application/json', body: '{}' },
    kind: 'unknown',
    codes: ['not-html'],
  },
  {
    name: 'outside the help root',
    page: { url: `${H}/swagger/docs/advertising`, body: '{"swagger":"2.0"}' },
    kind: 'unknown',
    codes: ['outside-help-root'],
  },
  {
    name: 'endpoint without a title',
    page: { url: api, body: '<html><body><p>Hoppsan</p></body></html>' },
    kind: 'endpoint',
    codes: ['missing-title'],
  },
  {
    name: 'endpoint title not METHOD path',
    page: { url: api, body: '<html><body><h1>Page not found</h1></body></html>' },
    kind: 'endpoint',
    codes: ['missing-title'],
  },
  {
    name: 'truncated HTML',
    page: { url: api, body: good.slice(0, good.indexOf('<tbody>') + 20) },
    kind: 'endpoint',
    codes: ['missing-section'],
  },
  {
    name: 'missing URI table',
    page: { url: api, body: good.replace(/<table>.*<\/table>/, '<p>se nedan</p>') },
    kind: 'endpoint',
    codes: ['missing-table', 'path-parameter-undocumented'],
  },
  {
    name: 'unknown type phrase',
    page: { url: api, body: good.replace('<td>string</td>', '<td>Tuple of string and integer</td>') },
    kind: 'endpoint',
    codes: ['unknown-type-phrase'],
  },
  {
    name: 'unknown heading',
    page: {
      url: api,
      body: good.replace('<span class="title">Resource', '<h2>Övrigt</h2><span class="title">Resource'),
    },
    kind: 'endpoint',
    codes: ['unknown-heading'],
  },
  {
    name: 'title does not match the URL id',
    page: { url: `${H}/Help/Api/GET-Other-id`, body: good },
    kind: 'endpoint',
    codes: ['title-id-mismatch'],
  },
  {
    name: 'model page without a table',
    page: { url: `${H}/Help/ResourceModel?modelName=M_X`, body: '<html><body><h1>X</h1><p>Tom</p></body></html>' },
    kind: 'model',
    codes: ['model-without-members'],
  },
  {
    name: 'model page showing only a collection',
    page: {
      url: `${H}/Help/ResourceModel?modelName=M_Xs`,
      body: '<html><body><h1>Xs</h1><p>Collection of string</p></body></html>',
    },
    kind: 'model',
    codes: ['model-alias'],
  },
  {
    name: 'model page without a title',
    page: {
      url: `${H}/Help/ResourceModel?modelName=M_Y`,
      body: '<html><body><table><tr><th>Name</th><th>Type</th></tr><tr><td>A</td><td>string</td></tr></table></body></html>',
    },
    kind: 'model',
    codes: ['missing-model-title'],
  },
  {
    name: 'enum value not an integer',
    page: {
      url: `${H}/Help/ResourceModel?modelName=M_E`,
      body: '<html><body><h1>E</h1><table><tr><th>Name</th><th>Value</th><th>Description</th></tr><tr><td>A</td><td>x</td><td></td></tr></table></body></html>',
    },
    kind: 'enum',
    codes: ['enum-value-not-integer'],
  },
  {
    name: 'enumeration page without a table',
    page: { url: `${H}/Help/EnumerationReference?modelName=Api_T`, body: '<html><body><h1>T</h1></body></html>' },
    kind: 'enum',
    codes: ['missing-enum-table'],
  },
  {
    name: 'category page without API tables',
    page: { url: `${H}/Help/Section?id=aml`, body: '<html><body><h1>AML</h1><p>Text</p></body></html>' },
    kind: 'group',
    codes: ['no-groups'],
  },
  {
    name: 'prose page with parameter tables',
    page: { url: `${H}/Help/Odd`, body: good },
    kind: 'unknown',
    codes: ['unexpected-content'],
  },
  {
    name: 'sample tab without its pane',
    page: {
      url: api,
      body: good.replace(
        '</div></body>',
        '<span class="title">Response Formats</span><ul class="nav-tabs"><li><a href="#json1">application/json</a></li></ul></div></body>',
      ),
    },
    kind: 'endpoint',
    codes: ['sample-pane-missing'],
  },
  {
    name: 'JSON sample that does not parse',
    page: {
      url: api,
      body: good
        .replace(
          '</div></body>',
          '<span class="title">Response Formats</span><ul class="nav-tabs"><li><a href="#j">application/json</a></li></ul><div id="j"><pre>{"a":</pre></div></div></body>',
        )
        .replace(
          '<p>string</p>',
          '<p><a href="/Help/ResourceModel?modelName=M_Z">Z</a></p><table><tr><th>Name</th><th>Type</th></tr><tr><td>A</td><td>string</td></tr></table>',
        ),
    },
    kind: 'endpoint',
    codes: ['sample-not-json'],
  },
  {
    name: 'table with no model link before it',
    page: {
      url: api,
      body: good.replace(
        '<p>string</p>',
        '<table><tr><th>Name</th><th>Type</th></tr><tr><td>A</td><td>string</td></tr></table>',
      ),
    },
    kind: 'endpoint',
    codes: ['table-without-model'],
  },
  {
    name: 'a frameset page (no body)',
    page: { url: api, body: '<html><frameset><frame src="x"></frameset></html>' },
    kind: 'endpoint',
    codes: ['missing-title'],
  },
  {
    name: 'binary garbage',
    page: { url: api, body: '\u0000\u0001\u0002<<<>>>&&&' },
    kind: 'endpoint',
    codes: ['missing-title'],
  },
];

describe('bad pages give diagnostics, never a crash', () => {
  it.each(cases)('$name', ({ page, kind, codes }) => {
    const full: SnapshotPage = { status: 200, contentType: 'text/html; charset=utf-8', body: null, ...page };
    const ir = scrapeSnapshot({ helpRoot: `${H}/Help`, pages: [full] });
    expect(ir.pages).toEqual([{ url: page.url, kind }]);
    const found = new Set(ir.diagnostics.filter((d) => d.url === page.url).map((d) => d.code));
    for (const code of codes) expect(found).toContain(code);
    for (const d of ir.diagnostics.filter((d) => codes.includes(d.code))) {
      expect(d.message).not.toBe('');
      expect(d.where).not.toBe('');
    }
    expect(ir.diagnostics.map((d) => d.code)).not.toContain('scraper-failure');
    // The IR stays valid whatever the page held.
    expect(() => parseIr(serializeIr(ir), 'bad page')).not.toThrow();
  });
});

describe('a broken snapshot (not a bad page)', () => {
  it('a help root that is no absolute URL is a clear error naming it', () => {
    expect(() => scrapeSnapshot({ helpRoot: 'Help', pages: [] })).toThrow(/helpRoot "Help" is not an absolute URL/);
  });
});
