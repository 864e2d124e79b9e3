/** The scraper on the committed reconstruction of the help site (`site-snapshot/`). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

import { parseIr, serializeIr } from '../ir/io.js';
import type { ApiIR, ComplexType } from '../ir/schema.js';
import { scrapeSnapshot } from '../scraper/index.js';
import { readSnapshot, type LoadedSnapshot } from '../snapshot/read.js';

const SNAPSHOT = fileURLToPath(new URL('../site-snapshot', import.meta.url));
const H = 'https://connect.maklare.vitec.net';

/**
 * The warnings the reconstruction is expected to give, by code. `unresolved-model-link`: a table
 * links a model whose page is not in the evidence (and no endpoint page inlines it).
 */
const EXPECTED_WARNINGS = new Set(['unresolved-model-link']);

let snapshot: LoadedSnapshot;
let ir: ApiIR;
beforeAll(async () => {
  snapshot = await readSnapshot(SNAPSHOT);
  ir = scrapeSnapshot(snapshot);
});

describe('scraping site-snapshot/', () => {
  it('reads every page, each as the kind its URL says, with no error diagnostic', () => {
    expect(ir.pages.map((p) => p.url)).toEqual(snapshot.pages.map((p) => p.url).sort());
    expect(ir.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const kindOf = (url: string) => ir.pages.find((p) => p.url === url)!.kind;
    for (const { url } of snapshot.pages) {
      const path = url.slice(`${H}/Help`.length);
      if (path.startsWith('/Api/')) expect(kindOf(url), url).toBe('endpoint');
      else if (path.startsWith('/ResourceModel')) expect(['model', 'enum'], url).toContain(kindOf(url));
      else if (path.startsWith('/Category') || path.startsWith('/Section')) expect(kindOf(url), url).toBe('group');
      else if (path === '') expect(kindOf(url)).toBe('index');
      else expect(kindOf(url), url).toBe('prose');
    }
  });

  it('one operation per endpoint page, one type per model page, every operation in a listed group', () => {
    const endpoints = snapshot.pages.filter((p) => p.url.includes('/Help/Api/'));
    expect(ir.operations).toHaveLength(endpoints.length);
    const models = snapshot.pages.filter((p) => p.url.includes('/Help/ResourceModel?modelName='));
    for (const m of models) expect(ir.types.map((t) => t.id)).toContain(new URL(m.url).searchParams.get('modelName'));
    for (const op of ir.operations) expect(ir.groups.find((g) => g.id === op.group)?.operationIds).toContain(op.id);
  });

  it("names each type's own model page, and none for a type only endpoint pages inline", () => {
    const modelPages = new Map(
      ir.pages
        .filter((p) => p.kind === 'model' || p.kind === 'enum')
        .map((p) => [new URL(p.url).searchParams.get('modelName')!.toLowerCase(), p.url] as const),
    );
    for (const t of ir.types) {
      expect(t.pageUrl, t.id).toBe(modelPages.get(t.id.toLowerCase()) ?? null);
      if (t.pageUrl !== null) expect(t.sources, t.id).toContain(t.pageUrl);
    }
    expect(ir.types.filter((t) => t.pageUrl === null).length).toBeGreaterThan(0);
    expect(ir.types.filter((t) => t.pageUrl !== null).length).toBeGreaterThan(0);
  });

  it('gives only the expected kinds of warning', () => {
    const codes = new Set(ir.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.code));
    expect([...codes].filter((c) => !EXPECTED_WARNINGS.has(c))).toEqual([]);
  });

  it('is deterministic and valid: two runs serialise identically, and parseIr round-trips', () => {
    const first = serializeIr(ir);
    expect(serializeIr(scrapeSnapshot(snapshot))).toBe(first);
    expect(parseIr(first, 'site-snapshot IR')).toEqual(ir);
    expect(first).not.toContain('/work/');
  });

  it('the Notify page gives the same operation and type as the reference page', () => {
    const reference = readFileSync(
      new URL('../tools/build-snapshot/reference/POST-User-Notify-customerId.html', import.meta.url),
      'utf8',
    );
    const url = `${H}/Help/Api/POST-User-Notify-customerId`;
    const alone = scrapeSnapshot({
      helpRoot: `${H}/Help`,
      pages: [{ url, status: 200, contentType: 'text/html', body: reference }],
    });
    const { group: _g, ...op } = ir.operations.find((o) => o.id === 'POST-User-Notify-customerId')!;
    const { group: _r, ...expected } = alone.operations[0]!;
    expect(op).toEqual(expected);
    const notification = ir.types.find((t) => t.id === 'User_Notification') as ComplexType;
    expect(notification.properties.find((p) => p.clrName === 'SMS')).toMatchObject({
      jsonName: 'sms',
      jsonNameSource: 'sample',
      xmlName: 'SMS',
    });
    expect(notification.xmlOrder).toEqual(['Express', 'Header', 'Message', 'Recipients', 'SMS']);
  });

  it('spot facts: a polymorphic response, a binary response, a Swedish annotation cell, an enum', () => {
    const get = (id: string) => ir.operations.find((o) => o.id === id)!;
    expect(
      get('GET-CRM-Contact-customerId-contactId').response.alternatives.map((t) => (t.kind === 'ref' ? t.id : t.kind)),
    ).toEqual(['Crm_CrmCompanyContact', 'Crm_CrmPersonContact', 'Crm_CrmDeceasedEstateContact']);
    expect(get('GET-CRM-Image-GetImage').response.type).toEqual({ kind: 'binary' });
    const person = ir.types.find((t) => t.id === 'Crm_CrmPersonContact') as ComplexType;
    expect(person.properties.find((p) => p.clrName === 'CustomerId')).toMatchObject({
      required: true,
      constraints: { minLength: 0, maxLength: 40 },
      notes: [],
    });
    expect(person.properties.find((p) => p.clrName === 'GDPRApprovalDate')?.jsonName).toBe('gdprApprovalDate');
    const contactType = ir.types.find((t) => t.id === 'Models_ContactType');
    expect(contactType).toMatchObject({
      kind: 'enum',
      members: [
        { name: 'Person', value: 0 },
        { name: 'Company', value: 1 },
        { name: 'DeceasedEstate', value: 2 },
      ],
    });
    const search = get('GET-CRM-Contact-customerId-Search');
    expect(search.parameters.map((p) => [p.name, p.in, p.required, p.constraints])).toEqual([
      ['customerId', 'path', true, {}],
      ['Term', 'query', true, { minLength: 5 }],
      ['MaxSize', 'query', false, {}],
    ]);
  });
});

describe('the stock-markup fixture (test/fixtures/stock-snapshot/)', () => {
  const STOCK = fileURLToPath(new URL('fixtures/stock-snapshot', import.meta.url));
  let stock: ApiIR;
  let themed: ApiIR;
  beforeAll(async () => {
    const fixture = await readSnapshot(STOCK);
    stock = scrapeSnapshot(fixture);
    const urls = new Set(fixture.pages.map((p) => p.url));
    themed = scrapeSnapshot({ helpRoot: snapshot.helpRoot, pages: snapshot.pages.filter((p) => urls.has(p.url)) });
  });

  it('gives the same operations (apart from their group) and the same types as the themed pages of the same URLs', () => {
    const withoutGroup = (ir: ApiIR) => ir.operations.map(({ group: _, ...op }) => op);
    expect(stock.operations.length).toBeGreaterThanOrEqual(3);
    expect(withoutGroup(stock)).toEqual(withoutGroup(themed));
    expect(stock.types.length).toBeGreaterThanOrEqual(2);
    expect(stock.types).toEqual(themed.types);
  });

  it('reads the stock index: one group per <h2 id="Controller">', () => {
    expect(stock.pages.find((p) => p.url === `${H}/Help`)?.kind).toBe('index');
    for (const op of stock.operations) {
      const group = stock.groups.find((g) => g.id === op.group)!;
      expect(group.sourceUrl).toBe(`${H}/Help`);
      expect(group.operationIds).toContain(op.id);
    }
    expect(stock.diagnostics.filter((d) => d.code === 'operation-not-in-group')).toEqual([]);
    expect(stock.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
