import { describe, expect, it } from 'vitest';

import { parseIr, serializeIr } from '../ir/io.js';
import type { ComplexType, EnumType } from '../ir/schema.js';
import { scrapeSnapshot } from '../scraper/index.js';
import type { SnapshotPage } from '../snapshot/format.js';

const H = 'https://connect.maklare.vitec.net';
const page = (path: string, body: string, status = 200): SnapshotPage => ({
  url: `${H}${path}`,
  status,
  contentType: 'text/html; charset=utf-8',
  body,
});
const scrape = (...pages: SnapshotPage[]) => {
  const ir = scrapeSnapshot({ helpRoot: `${H}/Help`, pages });
  parseIr(serializeIr(ir), 'test');
  return ir;
};
const theme = (content: string) =>
  `<html><body><div class="navigation-area"><a href="/Help">Start</a></div><div class="page-header">Dokumentation för API-funktioner</div><div class="paper-content">${content}</div></body></html>`;
const head = '<thead><tr><td>Namn</td><td>Beskrivning</td><td>Typ</td><td>Information</td></tr></thead>';
const row = (name: string, desc: string, type: string, info = '') =>
  `<tr><td class="parameter-name">${name}</td><td class="parameter-documentation"><p>${desc}</p></td><td class="parameter-type">${type}</td><td class="parameter-annotations">${info}</td></tr>`;
const table = (...rows: string[]) => `<table class="help-page-table">${head}<tbody>${rows.join('')}</tbody></table>`;
const link = (id: string, label = id.slice(id.lastIndexOf('_') + 1)) =>
  `<a href="/Help/ResourceModel?modelName=${id}">${label}</a>`;
const tabs = (n: number, panes: [string, string][]) =>
  `<div class="sample-tabs"><ul class="nav nav-tabs">${panes.map(([label], i) => `<li><a href="#p${n}${i}" data-toggle="tab">${label}</a></li>`).join('')}</ul><div class="tab-content">${panes
    .map(([, text], i) => `<div class="tab-pane" id="p${n}${i}"><div class="sample-content">${text}</div></div>`)
    .join('')}</div></div>`;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const contactTable = (extra = '') =>
  table(
    row('Type', 'Kontakttyp', link('Models_ContactType')),
    row('Id', 'Kontakt id', 'string', 'Kontaktid måste vara mellan 0 och 40 tecken'),
    row('CustomerId', 'Kund-id', 'string', '<p>Kund-id krävs</p><p>Kund-id måste vara mellan 0 och 40 tecken</p>'),
    row('GDPRApprovalDate', 'GDPR informerad den', 'date'),
    row('Address', 'Adress', link('Crm_CrmContactAddress')),
    row('Categories', 'Kategorier', `Collection of ${link('Category_Category')}`),
    extra,
  );

const getContact = page(
  '/Help/Api/GET-CRM-Contact-customerId-contactId',
  theme(`<h1>GET CRM/Contact/{customerId}/{contactId}</h1><p>Hämta kontakt</p><p>Andra stycket.</p>
  <h2>Request Information</h2><h3>URI Parameters</h3>${table(row('customerId', 'Kund-id.', 'string', 'Krävs'), row('contactId', 'Kontaktid.', 'string', 'Krävs'))}
  <h3>Body Parameters</h3><p>None.</p>
  <h2>Response Information</h2><h3>Resource Description</h3><p>Hämta kontakt</p>
  <ul class="nav nav-tabs"><li><a href="#CrmCompanyContact103">CrmCompanyContact</a></li><li><a href="#CrmPersonContact103">CrmPersonContact</a></li></ul>
  <div class="tab-content"><div class="tab-pane" id="CrmCompanyContact103">${link('Crm_CrmCompanyContact')}${table(row('Name', 'Företagsnamn', 'string'), row('Id', 'Kontakt id', 'string'))}</div>
  <div class="tab-pane" id="CrmPersonContact103">${link('Crm_CrmPersonContact')}${contactTable()}</div></div>
  <h2>Kodexempel</h2><div id="curl-command"><pre>curl -d {"gDPRApprovalDate":1}</pre></div>
  <h2>Response Formats</h2>${tabs(1, [
    [
      'application/json, text/json',
      `<pre class="wrapped">${esc(JSON.stringify({ id: 'a', customerId: 'b', gdprApprovalDate: 'x', address: { streetAddress: 's', zipCode: 'z' }, categories: [{ id: '1' }] }, null, 2))}</pre>`,
    ],
    [
      'application/xml, text/xml',
      `<pre class="wrapped">${esc(`<CrmPersonContact xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Crm">
  <Address xmlns:d2p1="http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Common">
    <d2p1:ZipCode>z</d2p1:ZipCode>
    <d2p1:StreetAddress>s</d2p1:StreetAddress>
  </Address>
  <Categories xmlns:d2p1="http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Category">
    <d2p1:Category><d2p1:Id>1</d2p1:Id></d2p1:Category>
  </Categories>
  <CustomerId>b</CustomerId>
  <GDPRApprovalDate>x</GDPRApprovalDate>
  <Id>a</Id>
  <Type>Person</Type>
</CrmPersonContact>`)}</pre>`,
    ],
  ])}`),
);

const addressModel = page(
  '/Help/ResourceModel?modelName=Crm_CrmContactAddress',
  theme(
    `<span class="display1">CrmContactAddress</span><p>Adress</p>${table(row('StreetAddress', 'Gata', 'string'), row('ZipCode', 'Postnummer', 'string'))}`,
  ),
);
const categoryModel = page(
  '/Help/ResourceModel?modelName=Category_Category',
  theme(`<span class="display1">Category</span>${table(row('Id', 'Id', 'string'))}`),
);
const contactTypeModel = page(
  '/Help/ResourceModel?modelName=Models_ContactType',
  theme(`<span class="display1">ContactType</span><p>Kontakttyper</p><p>Possible enumeration values:</p><table><thead><tr><td>Name</td><td>Value</td><td>Description</td></tr></thead><tbody>
  <tr><td class="enum-name"><b>Person</b></td><td class="enum-value"><p>0</p></td><td class="enum-description"><p>Person</p></td></tr>
  <tr><td class="enum-name"><b>Company</b></td><td class="enum-value"><p>1</p></td><td class="enum-description"><p>Företag</p></td></tr></tbody></table>`),
);
const personModel = page(
  '/Help/ResourceModel?modelName=Crm_CrmPersonContact',
  theme(`<span class="display1">CrmPersonContact</span><p>Personkontakt</p>${contactTable()}`),
);

describe('a polymorphic response with inline models', () => {
  const ir = scrape(getContact, addressModel, categoryModel, contactTypeModel, personModel);
  const op = ir.operations[0]!;
  const type = (id: string) => ir.types.find((t) => t.id === id);

  it('lists each model as an alternative, the first as the type', () => {
    expect(op.response.alternatives).toEqual([
      { kind: 'ref', id: 'Crm_CrmCompanyContact' },
      { kind: 'ref', id: 'Crm_CrmPersonContact' },
    ]);
    expect(op.response.type).toEqual({ kind: 'ref', id: 'Crm_CrmCompanyContact' });
    expect(op.response.description).toBe('Hämta kontakt');
    expect(op.body).toBeNull();
    expect(op.summary).toBe('Hämta kontakt');
    expect(op.description).toBe('Andra stycket.');
  });

  it('merges the inline and the model page definitions, with all sources, the model page description', () => {
    const person = type('Crm_CrmPersonContact') as ComplexType;
    expect(person.description).toBe('Personkontakt');
    expect(person.sources).toEqual([getContact.url, personModel.url]);
    expect(ir.diagnostics.filter((d) => d.code === 'type-definition-conflict')).toEqual([]);
    const customerId = person.properties.find((p) => p.clrName === 'CustomerId')!;
    expect([customerId.required, customerId.constraints, customerId.notes]).toEqual([
      true,
      { minLength: 0, maxLength: 40 },
      [],
    ]);
  });

  it('JSON names from the sample, camelCase where the sample is silent, never from the code examples', () => {
    const person = type('Crm_CrmPersonContact') as ComplexType;
    const names = Object.fromEntries(person.properties.map((p) => [p.clrName, [p.jsonName, p.jsonNameSource]]));
    expect(names).toEqual({
      Type: ['type', 'rule'],
      Id: ['id', 'sample'],
      CustomerId: ['customerId', 'sample'],
      GDPRApprovalDate: ['gdprApprovalDate', 'sample'],
      Address: ['address', 'sample'],
      Categories: ['categories', 'sample'],
    });
    const address = type('Crm_CrmContactAddress') as ComplexType;
    expect(address.properties.map((p) => [p.jsonName, p.jsonNameSource])).toEqual([
      ['streetAddress', 'sample'],
      ['zipCode', 'sample'],
    ]);
  });

  it('XML: the alternative the root names, nested namespaces and member order', () => {
    const person = type('Crm_CrmPersonContact') as ComplexType;
    expect(person.xml).toEqual({
      name: 'CrmPersonContact',
      namespace: 'http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Crm',
      source: 'sample',
    });
    expect(person.xmlOrder).toEqual(['Address', 'Categories', 'CustomerId', 'GDPRApprovalDate', 'Id', 'Type']);
    const address = type('Crm_CrmContactAddress') as ComplexType;
    expect(address.xml.namespace).toBe(
      'http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Common',
    );
    expect(address.xmlOrder).toEqual(['ZipCode', 'StreetAddress']);
    const category = type('Category_Category') as ComplexType;
    expect(category.xml).toEqual({
      name: 'Category',
      namespace: 'http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Category',
      source: 'sample',
    });
    const company = type('Crm_CrmCompanyContact') as ComplexType;
    expect(company.xml).toEqual({ name: 'CrmCompanyContact', namespace: null, source: 'rule' });
    expect(company.xmlOrder).toEqual(['Id', 'Name']);
  });

  it('reads an enum model page, with the lead-in dropped from the description', () => {
    const contactType = type('Models_ContactType') as EnumType;
    expect(ir.pages.find((p) => p.url === contactTypeModel.url)?.kind).toBe('enum');
    expect(contactType).toMatchObject({
      kind: 'enum',
      name: 'ContactType',
      description: 'Kontakttyper',
      members: [
        { name: 'Person', value: 0, description: 'Person' },
        { name: 'Company', value: 1, description: 'Företag' },
      ],
      xml: { name: 'ContactType', namespace: null, source: 'rule' },
    });
  });

  it('types and operations are sorted by id', () => {
    const ids = ir.types.map((t) => t.id);
    expect(ids).toEqual([...ids].sort());
  });
});

describe('conflicts and dangling links', () => {
  it('a model defined differently inline and on its page: a warning naming both URLs, the model page kept', () => {
    const ir = scrape(
      getContact,
      addressModel,
      categoryModel,
      contactTypeModel,
      page(
        personModel.url.slice(H.length),
        theme(`<span class="display1">CrmPersonContact</span>${contactTable(row('Extra', '', 'string'))}`),
      ),
    );
    const conflicts = ir.diagnostics.filter((d) => d.code === 'type-definition-conflict');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ severity: 'warning', url: getContact.url });
    expect(conflicts[0]!.message).toContain(personModel.url);
    expect(
      (ir.types.find((t) => t.id === 'Crm_CrmPersonContact') as ComplexType).properties.map((p) => p.clrName),
    ).toContain('Extra');
  });

  it('a link to a model defined nowhere: unresolved-model-link, the ref kept', () => {
    const ir = scrape(getContact);
    const unresolved = ir.diagnostics
      .filter((d) => d.code === 'unresolved-model-link')
      .map((d) => /model (\S+?),/.exec(d.message)?.[1]);
    expect(unresolved.sort()).toEqual(['Category_Category', 'Crm_CrmContactAddress', 'Models_ContactType']);
    const person = ir.types.find((t) => t.id === 'Crm_CrmPersonContact') as ComplexType;
    expect(person.properties[0]!.type).toEqual({ kind: 'ref', id: 'Models_ContactType' });
  });

  it('model ids match without regard to case; the model page spelling wins', () => {
    const ir = scrape(
      page(
        '/Help/Api/GET-A',
        theme(`<h1>GET A</h1><h3>Resource Description</h3>${link('crm_crmcontactaddress', 'CrmContactAddress')}`),
      ),
      addressModel,
    );
    expect(ir.operations[0]!.response.type).toEqual({ kind: 'ref', id: 'Crm_CrmContactAddress' });
    expect(ir.diagnostics.filter((d) => d.code === 'unresolved-model-link')).toEqual([]);
  });

  it('two short names from different prefixes stay two types', () => {
    const a = page(
      '/Help/ResourceModel?modelName=Crm_Status',
      theme(`<h1>Status</h1>${table(row('A', '', 'string'))}`),
    );
    const b = page(
      '/Help/ResourceModel?modelName=Common_Status',
      theme(`<h1>Status</h1>${table(row('B', '', 'string'))}`),
    );
    expect(scrape(a, b).types.map((t) => [t.id, t.name])).toEqual([
      ['Common_Status', 'Status'],
      ['Crm_Status', 'Status'],
    ]);
  });
});

describe('URI parameters', () => {
  const paging = page(
    '/Help/ResourceModel?modelName=Models_Paging',
    theme(
      `<h1>Paging</h1><p>Sidhantering</p>${table(row('PageSize', 'Sid-storlek', 'integer', 'Range: inclusive between 1 and 100'), row('PageIndex', 'Sid-index', 'integer'))}`,
    ),
  );
  const list = page(
    '/Help/Api/GET-CRM-List-customerId',
    theme(
      `<h1>GET CRM/List/{customerId}</h1><p>Lista</p><h2>Request Information</h2><h3>URI Parameters</h3>${table(
        row('Term', 'Sökterm', 'string', 'Min length: 5 Required'),
        row('Paging', 'Sidor', link('Models_Paging')),
        row('customerId', 'Kund-id', 'string', 'Krävs'),
      )}<h3>Resource Description</h3><p>boolean</p>`,
    ),
  );

  it('path parameters first in path order, then query ones; a complex type is expanded into its properties', () => {
    const ir = scrape(list, paging);
    expect(ir.operations[0]!.parameters).toEqual([
      {
        name: 'customerId',
        in: 'path',
        type: { kind: 'simple', name: 'string' },
        required: true,
        constraints: {},
        description: 'Kund-id',
        notes: [],
      },
      {
        name: 'Term',
        in: 'query',
        type: { kind: 'simple', name: 'string' },
        required: true,
        constraints: { minLength: 5 },
        description: 'Sökterm',
        notes: [],
      },
      {
        name: 'PageSize',
        in: 'query',
        type: { kind: 'simple', name: 'integer' },
        required: false,
        constraints: { minimum: 1, maximum: 100 },
        description: 'Sid-storlek',
        notes: [],
        boundFrom: { parameter: 'Paging', typeId: 'Models_Paging' },
      },
      {
        name: 'PageIndex',
        in: 'query',
        type: { kind: 'simple', name: 'integer' },
        required: false,
        constraints: {},
        description: 'Sid-index',
        notes: [],
        boundFrom: { parameter: 'Paging', typeId: 'Models_Paging' },
      },
    ]);
  });

  it('a bound type defined nowhere: a diagnostic, the parameter kept whole', () => {
    const ir = scrape(list);
    expect(ir.operations[0]!.parameters.map((p) => p.name)).toEqual(['customerId', 'Term', 'Paging']);
    expect(ir.diagnostics.map((d) => d.code)).toContain('bound-parameter-type-undefined');
  });

  it('a path placeholder without a row is still a path parameter, with a warning', () => {
    const ir = scrape(
      page('/Help/Api/GET-A-id', theme('<h1>GET A/{id}</h1><h3>Resource Description</h3><p>None.</p>')),
    );
    expect(ir.operations[0]!.parameters.map((p) => [p.name, p.in, p.required])).toEqual([['id', 'path', true]]);
    expect(ir.diagnostics.map((d) => d.code)).toContain('path-parameter-undocumented');
    expect(ir.operations[0]!.response).toEqual({ type: null, alternatives: [], description: '' });
  });
});

describe('bodies and responses', () => {
  it.each([
    [
      'Collection of + link',
      `<p>Urval</p>Collection of ${link('Note_Note')}${table(row('Text', 'Text', 'string'))}`,
      { kind: 'collection', items: { kind: 'ref', id: 'Note_Note' } },
      'Urval',
    ],
    [
      'link in the description line',
      `<p>Urval ${link('Note_Note')}</p>${table(row('Text', 'Text', 'string'))}`,
      { kind: 'ref', id: 'Note_Note' },
      'Urval',
    ],
    ['simple type', '<p>Värdet</p><p>string</p>', { kind: 'simple', name: 'string' }, 'Värdet'],
    ['binary', '<p>Collection of byte</p>', { kind: 'binary' }, ''],
  ])('body: %s', (_, section, type, description) => {
    const ir = scrape(
      page(
        '/Help/Api/POST-A',
        theme(
          `<h1>POST A</h1><span class="headline">Body Parameters</span>${section}<span class="headline">Response Information</span><span class="title">Resource Description</span><p>Ok</p>`,
        ),
      ),
    );
    expect(ir.operations[0]!.body).toEqual({ type, description });
    if (type.kind !== 'simple' && type.kind !== 'binary') {
      expect((ir.types.find((t) => t.id === 'Note_Note') as ComplexType).properties.map((p) => p.clrName)).toEqual([
        'Text',
      ]);
    }
    expect(ir.operations[0]!.response).toEqual({ type: null, alternatives: [], description: 'Ok' });
  });

  it('samples: "Sample not available." is a null text; stock sample headers are read too', () => {
    const ir = scrape(
      page(
        '/Help/Api/GET-A',
        theme(`<h1>GET A</h1><h3>Resource Description</h3><p>Collection of byte</p><h3>Response Formats</h3>
        <h4 class="sample-header">application/octet-stream</h4><div class="sample-content"><span><b>Sample:</b></span><pre class="wrapped">@@</pre></div>
        <h4 class="sample-header">text/x-base64</h4><div class="sample-content"><span><b>Sample:</b></span><p>Sample not available.</p></div>
        <h4 class="sample-header">application/json</h4><div class="sample-content"><pre>Sample not available.</pre></div>`),
      ),
    );
    expect(ir.operations[0]!.responseSamples).toEqual([
      { mediaTypes: ['application/octet-stream'], format: 'other', text: '@@' },
      { mediaTypes: ['text/x-base64'], format: 'other', text: null },
      { mediaTypes: ['application/json'], format: 'json', text: null },
    ]);
    expect(ir.diagnostics.map((d) => d.code)).not.toContain('sample-without-text');
  });
});

describe('groups', () => {
  const category = page(
    '/Help/Category?version=v1&categoryId=CRM-Contact',
    theme(`<span class="display1">CRM med inriktning kontakter</span>
    <span class="headline">CRM Newsletter</span><p>CRM metoder för nyhetsbrev</p>
    <table class="help-page-table"><thead><tr><td>API</td><td>Beskrivning</td></tr></thead><tbody>
    <tr><td><a href="/Help/Api/get-crm-contact-customerId-contactId">GET CRM/Contact/{customerId}/{contactId}</a></td><td>Hämta</td></tr>
    <tr><td><a href="/Help/Api/GET-CRM-Missing">GET CRM/Missing</a></td><td>Saknas</td></tr></tbody></table>`),
  );

  it('a category page gives groups; links match operations without regard to case', () => {
    const ir = scrape(category, getContact);
    expect(ir.groups).toEqual([
      {
        id: 'CRM-Newsletter',
        name: 'CRM Newsletter',
        description: 'CRM metoder för nyhetsbrev',
        sourceUrl: category.url,
        operationIds: ['GET-CRM-Contact-customerId-contactId', 'GET-CRM-Missing'],
      },
    ]);
    expect(ir.operations[0]!.group).toBe('CRM-Newsletter');
    expect(ir.diagnostics.map((d) => d.code)).toContain('listed-operation-without-page');
    expect(ir.pages.map((p) => p.kind)).toEqual(['endpoint', 'group']);
  });

  it('a stock index page: <h2 id="Controller"> + API table', () => {
    const index = page(
      '/Help',
      `<html><body><header class="help-page"><h1>ASP.NET Web API Help Page</h1></header><h2>Introduction</h2><p>Intro.</p>
      <h2 id="Contact">Contact</h2><table class="help-page-table"><thead><tr><th>API</th><th>Description</th></tr></thead><tbody>
      <tr><td class="api-name"><a href="/Help/Api/GET-CRM-Contact-customerId-contactId">GET CRM/Contact/{customerId}/{contactId}</a></td><td class="api-documentation"><p>Hämta</p></td></tr></tbody></table></body></html>`,
    );
    const ir = scrape(index, getContact);
    expect(ir.groups.map((g) => [g.id, g.operationIds])).toEqual([
      ['Contact', ['GET-CRM-Contact-customerId-contactId']],
    ]);
    expect(ir.pages.find((p) => p.url === index.url)?.kind).toBe('index');
  });
});

describe('the stock Help Page markup', () => {
  it('reads an endpoint page in stock markup like the themed one', () => {
    const stock = page(
      '/Help/Api/POST-User-Notify-customerId',
      `<html><body><div id="body" class="help-page"><section class="featured"><div class="content-wrapper"><p><a href="/Help">Help Page Home</a></p></div></section>
      <section class="content-wrapper main-content clear-fix"><h1>POST User/Notify/{customerId}</h1><div><p>Notifierar användare</p></div>
      <h2>Request Information</h2><h3>URI Parameters</h3><table class="help-page-table"><thead><tr><th>Name</th><th>Description</th><th>Type</th><th>Additional information</th></tr></thead>
      <tbody><tr><td class="parameter-name">customerId</td><td class="parameter-documentation"></td><td class="parameter-type">string</td><td class="parameter-annotations"><p>Required</p></td></tr></tbody></table>
      <h3>Body Parameters</h3><p></p><a href="/Help/ResourceModel?modelName=User_Notification">Notification</a>
      <table class="help-page-table"><thead><tr><th>Name</th><th>Description</th><th>Type</th><th>Additional information</th></tr></thead><tbody>
      <tr><td class="parameter-name">Header</td><td class="parameter-documentation"><p>Rubrik</p></td><td class="parameter-type">string</td><td class="parameter-annotations"><p>String length: inclusive between 0 and 30</p></td></tr>
      <tr><td class="parameter-name">SMS</td><td class="parameter-documentation"><p>SMS notifiering</p></td><td class="parameter-type">boolean</td><td class="parameter-annotations"><p>None.</p></td></tr></tbody></table>
      <h3>Request Formats</h3><h4 class="sample-header">application/json, text/json</h4><div class="sample-content"><span><b>Sample:</b></span><pre class="wrapped">{"header":"h","sms":true}</pre></div>
      <h2>Response Information</h2><h3>Resource Description</h3><p>Notifierar användare</p><p>boolean</p><h3>Response Formats</h3>
      <h4 class="sample-header">application/json, text/json</h4><div class="sample-content"><pre class="wrapped">true</pre></div></section></div></body></html>`,
    );
    const ir = scrape(stock);
    const op = ir.operations[0]!;
    expect([op.method, op.path, op.summary, op.parameters.map((p) => [p.name, p.in, p.required])]).toEqual([
      'POST',
      'User/Notify/{customerId}',
      'Notifierar användare',
      [['customerId', 'path', true]],
    ]);
    expect(op.body).toEqual({ type: { kind: 'ref', id: 'User_Notification' }, description: '' });
    expect(op.response.type).toEqual({ kind: 'simple', name: 'boolean' });
    const notification = ir.types[0] as ComplexType;
    expect(notification.properties.map((p) => [p.clrName, p.jsonName, p.constraints, p.notes])).toEqual([
      ['Header', 'header', { minLength: 0, maxLength: 30 }, []],
      ['SMS', 'sms', {}, []],
    ]);
    expect(op.requestSamples).toEqual([
      { mediaTypes: ['application/json', 'text/json'], format: 'json', text: '{"header":"h","sms":true}' },
    ]);
    expect(ir.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});

describe('sample tabs', () => {
  it('tabs outside a .nav-tabs strip are found by their pane id, scoped to the section (ids reused)', () => {
    const pane = (id: string, text: string) => `<div id="${id}"><pre>${text}</pre></div>`;
    const ir = scrape(
      page(
        '/Help/Api/GET-A',
        theme(`<h1>GET A</h1><h3>Request Formats</h3><div class="tabs"><a href="#j1">application/json</a></div>${pane('j1', '1')}
        <h3>Resource Description</h3><p>integer</p><h3>Response Formats</h3><div class="tabs"><a href="#j1">application/json, text/json</a><a href="#top">upp</a></div>${pane('j1', '2')}`),
      ),
    );
    expect(ir.operations[0]!.requestSamples).toEqual([{ mediaTypes: ['application/json'], format: 'json', text: '1' }]);
    expect(ir.operations[0]!.responseSamples).toEqual([
      { mediaTypes: ['application/json', 'text/json'], format: 'json', text: '2' },
    ]);
  });
});
