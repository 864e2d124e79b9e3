/**
 * Pages of each kind (endpoint, model, enum, category, index), themed as the Vitec site and in
 * stock Help Page markup: each case is a set of pages and the part of the IR they must give.
 */
import { describe, expect, it } from 'vitest';

import { parseIr, serializeIr } from '../ir/io.js';
import type { ApiIR, ComplexType, Diagnostic, EnumType, Group, Operation, Page, TypeDef } from '../ir/schema.js';
import { scrapeSnapshot } from '../scraper/index.js';
import type { SnapshotPage } from '../snapshot/format.js';
import {
  binary,
  bool,
  complexType,
  enumMember,
  enumType,
  int,
  list,
  parameter,
  property,
  ref,
  sample,
  simple,
  str,
} from './ir-builders.js';

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

const MODELS_NS = 'http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models';
const GET_CONTACT = 'GET-CRM-Contact-customerId-contactId';

/** CrmPersonContact as `contactTable()` documents it and the JSON sample names it. */
const personProperties = [
  property('Type', ref('Models_ContactType'), { jsonNameSource: 'rule', description: 'Kontakttyp' }),
  property('Id', str, { constraints: { minLength: 0, maxLength: 40 }, description: 'Kontakt id' }),
  property('CustomerId', str, {
    required: true,
    constraints: { minLength: 0, maxLength: 40 },
    description: 'Kund-id',
  }),
  property('GDPRApprovalDate', simple('date'), { description: 'GDPR informerad den' }),
  property('Address', ref('Crm_CrmContactAddress'), { description: 'Adress' }),
  property('Categories', list(ref('Category_Category')), { description: 'Kategorier' }),
];

/** CrmCompanyContact, defined only inline on the contact page; of its members the samples show only `id`. */
const companyContact = complexType(
  'Crm_CrmCompanyContact',
  [
    property('Name', str, { jsonNameSource: 'rule', description: 'Företagsnamn' }),
    property('Id', str, { description: 'Kontakt id' }),
  ],
  { xml: { namespace: null, source: 'rule' }, sources: [getContact.url] },
);

/** The diagnostics given, then the note every page set without a group page gets. */
const withUngrouped = (...diagnostics: Partial<Diagnostic>[]): Partial<Diagnostic>[] => [
  ...diagnostics,
  { severity: 'info', code: 'operation-not-in-group' },
];

const unresolvedContactLinks: Partial<Diagnostic>[] = [
  ['Address', 'Crm_CrmContactAddress'],
  ['Categories', 'Category_Category'],
  ['Type', 'Models_ContactType'],
].map(([row, id]) => ({
  severity: 'warning',
  code: 'unresolved-model-link',
  where: `Resource Description > CrmPersonContact table > row "${row}"`,
  message: `link to model ${id}, which no page in the snapshot defines; the reference is kept`,
}));

const paging = page(
  '/Help/ResourceModel?modelName=Models_Paging',
  theme(
    `<h1>Paging</h1><p>Sidhantering</p>${table(row('PageSize', 'Sid-storlek', 'integer', 'Range: inclusive between 1 and 100'), row('PageIndex', 'Sid-index', 'integer'))}`,
  ),
);
const listPage = page(
  '/Help/Api/GET-CRM-List-customerId',
  theme(
    `<h1>GET CRM/List/{customerId}</h1><p>Lista</p><h2>Request Information</h2><h3>URI Parameters</h3>${table(
      row('Term', 'Sökterm', 'string', 'Min length: 5 Required'),
      row('Paging', 'Sidor', link('Models_Paging')),
      row('customerId', 'Kund-id', 'string', 'Krävs'),
    )}<h3>Resource Description</h3><p>boolean</p>`,
  ),
);
const listParameters = [
  parameter('customerId', 'path', str, { description: 'Kund-id' }),
  parameter('Term', 'query', str, { required: true, constraints: { minLength: 5 }, description: 'Sökterm' }),
];
const boundFrom = { parameter: 'Paging', typeId: 'Models_Paging' };

/** An endpoint page whose body section is `section`. */
const postA = (section: string) =>
  page(
    '/Help/Api/POST-A',
    theme(
      `<h1>POST A</h1><span class="headline">Body Parameters</span>${section}<span class="headline">Response Information</span><span class="title">Resource Description</span><p>Ok</p>`,
    ),
  );
const note = complexType('Note_Note', [property('Text', str, { jsonNameSource: 'rule', description: 'Text' })], {
  xml: { namespace: null, source: 'rule' },
  sources: [`${H}/Help/Api/POST-A`],
});
const okResponse = { type: null, alternatives: [], description: 'Ok' };

const category = page(
  '/Help/Category?version=v1&categoryId=CRM-Contact',
  theme(`<span class="display1">CRM med inriktning kontakter</span>
    <span class="headline">CRM Newsletter</span><p>CRM metoder för nyhetsbrev</p>
    <table class="help-page-table"><thead><tr><td>API</td><td>Beskrivning</td></tr></thead><tbody>
    <tr><td><a href="/Help/Api/get-crm-contact-customerId-contactId">GET CRM/Contact/{customerId}/{contactId}</a></td><td>Hämta</td></tr>
    <tr><td><a href="/Help/Api/GET-CRM-Missing">GET CRM/Missing</a></td><td>Saknas</td></tr></tbody></table>`),
);
const stockIndex = page(
  '/Help',
  `<html><body><header class="help-page"><h1>ASP.NET Web API Help Page</h1></header><h2>Introduction</h2><p>Intro.</p>
      <h2 id="Contact">Contact</h2><table class="help-page-table"><thead><tr><th>API</th><th>Description</th></tr></thead><tbody>
      <tr><td class="api-name"><a href="/Help/Api/GET-CRM-Contact-customerId-contactId">GET CRM/Contact/{customerId}/{contactId}</a></td><td class="api-documentation"><p>Hämta</p></td></tr></tbody></table></body></html>`,
);
const stockNotify = page(
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
const pane = (id: string, text: string) => `<div id="${id}"><pre>${text}</pre></div>`;

/**
 * The part of the IR a case checks. Each list it names is compared whole (every item, in order),
 * each item on the fields it names, each field exactly; lists it leaves out are not checked.
 */
interface Want {
  groups?: Partial<Group>[];
  operations?: Partial<Operation>[];
  types?: Partial<TypeDef>[];
  pages?: Page[];
  diagnostics?: Partial<Diagnostic>[];
}

interface Case {
  name: string;
  given: SnapshotPage[];
  want: Want;
}

/** The IR cut down to what `want` names, so that `toEqual` reports the difference field by field. */
function view(ir: ApiIR, want: Want): Want {
  const pick = (item: object, fields: object | undefined): object =>
    fields === undefined
      ? item
      : Object.fromEntries(Object.keys(fields).map((key) => [key, (item as Record<string, unknown>)[key]]));
  return Object.fromEntries(
    Object.entries(want).map(([name, wanted]: [string, object[]]) => [
      name,
      (ir[name as keyof Want] as object[]).map((item, i) => pick(item, wanted[i])),
    ]),
  );
}

const cases: Case[] = [
  {
    // Each model an alternative, the first the type. Inline and model page definitions merged under
    // the model page's description, with both sources. JSON names from the sample, camelCase where
    // it is silent, never from the code example. XML names, namespaces and member order from the
    // sample root the alternative names. The enum page's lead-in dropped. Types sorted by id.
    name: 'a polymorphic response with inline models, their model pages and an enum page',
    given: [getContact, addressModel, categoryModel, contactTypeModel, personModel],
    want: {
      operations: [
        {
          id: GET_CONTACT,
          summary: 'Hämta kontakt',
          description: 'Andra stycket.',
          body: null,
          response: {
            type: ref('Crm_CrmCompanyContact'),
            alternatives: [ref('Crm_CrmCompanyContact'), ref('Crm_CrmPersonContact')],
            description: 'Hämta kontakt',
          },
        },
      ],
      types: [
        complexType('Category_Category', [property('Id', str, { description: 'Id' })]),
        companyContact,
        complexType(
          'Crm_CrmContactAddress',
          [
            property('StreetAddress', str, { description: 'Gata' }),
            property('ZipCode', str, { description: 'Postnummer' }),
          ],
          { description: 'Adress', xml: { namespace: `${MODELS_NS}.Common` }, xmlOrder: ['ZipCode', 'StreetAddress'] },
        ),
        complexType('Crm_CrmPersonContact', personProperties, {
          description: 'Personkontakt',
          sources: [getContact.url, personModel.url],
        }),
        enumType(
          'Models_ContactType',
          [
            enumMember('Person', { value: 0, description: 'Person' }),
            enumMember('Company', { value: 1, description: 'Företag' }),
          ],
          { description: 'Kontakttyper' },
        ),
      ],
      pages: [
        { url: getContact.url, kind: 'endpoint' },
        { url: categoryModel.url, kind: 'model' },
        { url: addressModel.url, kind: 'model' },
        { url: personModel.url, kind: 'model' },
        { url: contactTypeModel.url, kind: 'enum' },
      ],
      diagnostics: withUngrouped(),
    },
  },
  {
    name: 'a model defined differently inline and on its page: a warning naming both URLs, the model page kept',
    given: [
      getContact,
      addressModel,
      categoryModel,
      contactTypeModel,
      page(
        personModel.url.slice(H.length),
        theme(`<span class="display1">CrmPersonContact</span>${contactTable(row('Extra', '', 'string'))}`),
      ),
    ],
    want: {
      types: [
        { id: 'Category_Category' },
        { id: 'Crm_CrmCompanyContact' },
        { id: 'Crm_CrmContactAddress' },
        {
          id: 'Crm_CrmPersonContact',
          properties: [...personProperties, property('Extra', str, { jsonNameSource: 'rule' })],
        },
        { id: 'Models_ContactType' },
      ],
      diagnostics: withUngrouped(
        {
          severity: 'warning',
          code: 'type-definition-conflict',
          url: getContact.url,
          message: expect.stringContaining(personModel.url) as string,
        },
        { severity: 'info', code: 'xml-sample-incomplete' },
      ),
    },
  },
  {
    name: 'a link to a model defined nowhere: unresolved-model-link, the ref kept',
    given: [getContact],
    want: {
      types: [companyContact, complexType('Crm_CrmPersonContact', personProperties, { sources: [getContact.url] })],
      diagnostics: withUngrouped(...unresolvedContactLinks),
    },
  },
  {
    name: 'model ids match without regard to case; the model page spelling wins',
    given: [
      page(
        '/Help/Api/GET-A',
        theme(`<h1>GET A</h1><h3>Resource Description</h3>${link('crm_crmcontactaddress', 'CrmContactAddress')}`),
      ),
      addressModel,
    ],
    want: {
      operations: [{ response: { type: ref('Crm_CrmContactAddress'), alternatives: [], description: '' } }],
      types: [{ id: 'Crm_CrmContactAddress' }],
      diagnostics: withUngrouped(),
    },
  },
  {
    name: 'two short names from different prefixes stay two types',
    given: [
      page('/Help/ResourceModel?modelName=Crm_Status', theme(`<h1>Status</h1>${table(row('A', '', 'string'))}`)),
      page('/Help/ResourceModel?modelName=Common_Status', theme(`<h1>Status</h1>${table(row('B', '', 'string'))}`)),
    ],
    want: {
      types: [
        { id: 'Common_Status', name: 'Status' },
        { id: 'Crm_Status', name: 'Status' },
      ],
    },
  },
  {
    name: 'URI parameters: path ones first in path order, then query ones; a complex type is expanded into its properties',
    given: [listPage, paging],
    want: {
      operations: [
        {
          parameters: [
            ...listParameters,
            parameter('PageSize', 'query', int, {
              constraints: { minimum: 1, maximum: 100 },
              description: 'Sid-storlek',
              boundFrom,
            }),
            parameter('PageIndex', 'query', int, { description: 'Sid-index', boundFrom }),
          ],
        },
      ],
    },
  },
  {
    name: 'URI parameters: a bound type defined nowhere: a diagnostic, the parameter kept whole',
    given: [listPage],
    want: {
      operations: [
        {
          parameters: [...listParameters, parameter('Paging', 'query', ref('Models_Paging'), { description: 'Sidor' })],
        },
      ],
      diagnostics: withUngrouped(
        { severity: 'warning', code: 'bound-parameter-type-undefined' },
        { severity: 'warning', code: 'unresolved-model-link' },
      ),
    },
  },
  {
    name: 'URI parameters: a path placeholder without a row is still a path parameter, with a warning',
    given: [page('/Help/Api/GET-A-id', theme('<h1>GET A/{id}</h1><h3>Resource Description</h3><p>None.</p>'))],
    want: {
      operations: [
        { parameters: [parameter('id', 'path', str)], response: { type: null, alternatives: [], description: '' } },
      ],
      diagnostics: withUngrouped({ severity: 'warning', code: 'path-parameter-undocumented' }),
    },
  },
  {
    name: 'body: Collection of + link',
    given: [postA(`<p>Urval</p>Collection of ${link('Note_Note')}${table(row('Text', 'Text', 'string'))}`)],
    want: {
      operations: [{ body: { type: list(ref('Note_Note')), description: 'Urval' }, response: okResponse }],
      types: [note],
    },
  },
  {
    name: 'body: link in the description line',
    given: [postA(`<p>Urval ${link('Note_Note')}</p>${table(row('Text', 'Text', 'string'))}`)],
    want: {
      operations: [{ body: { type: ref('Note_Note'), description: 'Urval' }, response: okResponse }],
      types: [note],
    },
  },
  {
    name: 'body: simple type',
    given: [postA('<p>Värdet</p><p>string</p>')],
    want: { operations: [{ body: { type: str, description: 'Värdet' }, response: okResponse }], types: [] },
  },
  {
    name: 'body: binary',
    given: [postA('<p>Collection of byte</p>')],
    want: { operations: [{ body: { type: binary, description: '' }, response: okResponse }], types: [] },
  },
  {
    name: 'samples: "Sample not available." is a null text; stock sample headers are read too',
    given: [
      page(
        '/Help/Api/GET-A',
        theme(`<h1>GET A</h1><h3>Resource Description</h3><p>Collection of byte</p><h3>Response Formats</h3>
        <h4 class="sample-header">application/octet-stream</h4><div class="sample-content"><span><b>Sample:</b></span><pre class="wrapped">@@</pre></div>
        <h4 class="sample-header">text/x-base64</h4><div class="sample-content"><span><b>Sample:</b></span><p>Sample not available.</p></div>
        <h4 class="sample-header">application/json</h4><div class="sample-content"><pre>Sample not available.</pre></div>`),
      ),
    ],
    want: {
      operations: [
        {
          responseSamples: [
            sample('other', '@@'),
            sample('other', null, ['text/x-base64']),
            sample('json', null, ['application/json']),
          ],
        },
      ],
      diagnostics: withUngrouped(),
    },
  },
  {
    name: 'a category page gives groups; links match operations without regard to case',
    given: [category, getContact],
    want: {
      groups: [
        {
          id: 'CRM-Newsletter',
          name: 'CRM Newsletter',
          description: 'CRM metoder för nyhetsbrev',
          sourceUrl: category.url,
          operationIds: [GET_CONTACT, 'GET-CRM-Missing'],
        },
      ],
      operations: [{ id: GET_CONTACT, group: 'CRM-Newsletter' }],
      pages: [
        { url: getContact.url, kind: 'endpoint' },
        { url: category.url, kind: 'group' },
      ],
      diagnostics: [...unresolvedContactLinks, { severity: 'info', code: 'listed-operation-without-page' }],
    },
  },
  {
    name: 'a stock index page: <h2 id="Controller"> + API table',
    given: [stockIndex, getContact],
    want: {
      groups: [{ id: 'Contact', operationIds: [GET_CONTACT] }],
      pages: [
        { url: stockIndex.url, kind: 'index' },
        { url: getContact.url, kind: 'endpoint' },
      ],
    },
  },
  {
    name: 'an endpoint page in stock markup reads like the themed one',
    given: [stockNotify],
    want: {
      operations: [
        {
          method: 'POST',
          path: 'User/Notify/{customerId}',
          summary: 'Notifierar användare',
          parameters: [parameter('customerId', 'path', str)],
          body: { type: ref('User_Notification'), description: '' },
          response: { type: bool, alternatives: [], description: 'Notifierar användare' },
          requestSamples: [sample('json', '{"header":"h","sms":true}')],
        },
      ],
      types: [
        {
          id: 'User_Notification',
          properties: [
            property('Header', str, { constraints: { minLength: 0, maxLength: 30 }, description: 'Rubrik' }),
            property('SMS', bool, { description: 'SMS notifiering' }),
          ],
        },
      ],
      diagnostics: withUngrouped(),
    },
  },
  {
    name: 'sample tabs outside a .nav-tabs strip are found by their pane id, scoped to the section (ids reused)',
    given: [
      page(
        '/Help/Api/GET-A',
        theme(`<h1>GET A</h1><h3>Request Formats</h3><div class="tabs"><a href="#j1">application/json</a></div>${pane('j1', '1')}
        <h3>Resource Description</h3><p>integer</p><h3>Response Formats</h3><div class="tabs"><a href="#j1">application/json, text/json</a><a href="#top">upp</a></div>${pane('j1', '2')}`),
      ),
    ],
    want: {
      operations: [
        { requestSamples: [sample('json', '1', ['application/json'])], responseSamples: [sample('json', '2')] },
      ],
    },
  },
];

describe('help pages', () => {
  it.each(cases)('$name', ({ given, want }) => {
    expect(view(scrape(...given), want)).toEqual(want);
  });
});
describe("the help site's stock placeholder texts", () => {
  const nothing = 'No documentation available.';
  const section = page(
    '/Help/Category?version=v1&categoryId=User',
    theme(`<span class="headline">User</span><p>${nothing}</p>
    <table class="help-page-table"><thead><tr><td>API</td><td>Beskrivning</td></tr></thead><tbody>
    <tr><td><a href="/Help/Api/POST-User-Notify-customerId">POST User/Notify/{customerId}</a></td><td>${nothing}</td></tr></tbody></table>`),
  );
  const notify = page(
    '/Help/Api/POST-User-Notify-customerId',
    theme(`<h1>POST User/Notify/{customerId}</h1><p>${nothing}</p><p>None.</p>
    <h2>Request Information</h2><h3>URI Parameters</h3>${table(row('customerId', nothing, 'string', 'Krävs'), row('kind', 'None.', link('Models_ContactType')))}
    <h3>Body Parameters</h3><p>${nothing}</p><p>${link('User_Notification')}</p>
    <h2>Response Information</h2><h3>Resource Description</h3><p>None.</p><p>boolean</p>`),
  );
  const notification = page(
    '/Help/ResourceModel?modelName=User_Notification',
    theme(
      `<span class="display1">Notification</span><p>${nothing}</p>${table(row('SMS', 'None.', 'boolean'), row('Header', nothing, 'string'))}`,
    ),
  );
  const contactType = page(
    '/Help/ResourceModel?modelName=Models_ContactType',
    theme(`<span class="display1">ContactType</span><p>None.</p><p>Possible enumeration values:</p><table><thead><tr><td>Name</td><td>Value</td><td>Description</td></tr></thead><tbody>
    <tr><td class="enum-name"><b>Person</b></td><td class="enum-value"><p>0</p></td><td class="enum-description"><p>${nothing}</p></td></tr>
    <tr><td class="enum-name"><b>Company</b></td><td class="enum-value"><p>1</p></td><td class="enum-description"><p>None.</p></td></tr></tbody></table>`),
  );

  it('become empty descriptions in the IR, wherever they stand', () => {
    const ir = scrape(section, notify, notification, contactType);
    const op = ir.operations[0]!;
    const model = ir.types.find((t) => t.id === 'User_Notification') as ComplexType;
    const enumType = ir.types.find((t) => t.id === 'Models_ContactType') as EnumType;
    // Everything was read, so the empty texts below are the placeholders dropped, not parts missed.
    expect(ir.groups.map((g) => [g.id, g.operationIds])).toEqual([['User', ['POST-User-Notify-customerId']]]);
    expect(op.parameters.map((p) => p.name)).toEqual(['customerId', 'kind']);
    expect([op.body?.type, op.response.type]).toEqual([
      { kind: 'ref', id: 'User_Notification' },
      { kind: 'simple', name: 'boolean' },
    ]);
    expect(model.properties.map((p) => p.clrName)).toEqual(['SMS', 'Header']);
    expect(enumType.members.map((m) => m.name)).toEqual(['Person', 'Company']);
    expect({
      group: ir.groups[0]!.description,
      summary: op.summary,
      description: op.description,
      parameters: op.parameters.map((p) => p.description),
      body: op.body?.description,
      response: op.response.description,
      model: model.description,
      properties: model.properties.map((p) => p.description),
      enum: enumType.description,
      members: enumType.members.map((m) => m.description),
    }).toEqual({
      group: '',
      summary: '',
      description: '',
      parameters: ['', ''],
      body: '',
      response: '',
      model: '',
      properties: ['', ''],
      enum: '',
      members: ['', ''],
    });
    expect(serializeIr(ir)).not.toMatch(/No documentation available|"None\."/);
  });
});
