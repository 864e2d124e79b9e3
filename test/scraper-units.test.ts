import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';

import { decodeXmlName, encodeXmlName, jsonCamelCase } from '../ir/dotnet.js';
import { normalisePathTemplate, placeholders } from '../ir/path-template.js';
import type { TypeRef } from '../ir/schema.js';
import { parseAnnotations, type Annotations } from '../scraper/annotations.js';
import { DiagnosticSink, PageScope } from '../scraper/diagnostics.js';
import { linesOf, loadPage } from '../scraper/dom.js';
import { friendlyId } from '../scraper/endpoint-id.js';
import { groupId } from '../scraper/group.js';
import type { PageContext } from '../scraper/page-context.js';
import { classifyUrl, type UrlKind } from '../scraper/page-kind.js';
import { labelOf, splitSections, type SectionLabel } from '../scraper/sections.js';
import { readTable, type TableKind } from '../scraper/tables.js';
import { parseTypePhrase, phraseOf, splitTypeLine } from '../scraper/type-phrase.js';

const PAGE = 'https://connect.maklare.vitec.net/Help/Api/GET-X';

/** The page PAGE as its readers see it; phrases report nothing, so the diagnostics go nowhere. */
const pageContext = (): PageContext => ({
  url: PAGE,
  scope: new PageScope(new DiagnosticSink(), PAGE, 'endpoint'),
});

function typeOf(html: string): TypeRef | null {
  const $ = cheerio.load(`<div id="c">${html}</div>`);
  return parseTypePhrase(phraseOf(pageContext(), $('#c').get(0)!.children));
}

describe('type phrases', () => {
  it.each<[string, TypeRef | null]>([
    ['string', { kind: 'simple', name: 'string' }],
    ['integer', { kind: 'simple', name: 'integer' }],
    ['decimal number', { kind: 'simple', name: 'decimal' }],
    ['boolean', { kind: 'simple', name: 'boolean' }],
    ['date', { kind: 'simple', name: 'date' }],
    ['globally unique identifier', { kind: 'simple', name: 'guid' }],
    ['time interval', { kind: 'simple', name: 'timespan' }],
    ['URI', { kind: 'simple', name: 'uri' }],
    ['byte', { kind: 'simple', name: 'byte' }],
    ['character', { kind: 'simple', name: 'char' }],
    ['Object', { kind: 'simple', name: 'object' }],
    ['heltal', { kind: 'simple', name: 'integer' }],
    ['  decimal\n   number ', { kind: 'simple', name: 'decimal' }],
    ['Collection of byte', { kind: 'binary' }],
    ['Collection of string', { kind: 'collection', items: { kind: 'simple', name: 'string' } }],
    ['Collection of decimal number', { kind: 'collection', items: { kind: 'simple', name: 'decimal' } }],
    ['<a href="/Help/ResourceModel?modelName=Crm_Category">Category</a>', { kind: 'ref', id: 'Crm_Category' }],
    [
      '<a href="https://connect.maklare.vitec.net/Help/ResourceModel?modelName=Models_PageOfAdvertising_AdvertisingBrand">PageOfAdvertisingBrand</a>',
      { kind: 'ref', id: 'Models_PageOfAdvertising_AdvertisingBrand' },
    ],
    [
      '<a href="/Help/EnumerationReference?modelName=Api_EstateTenure">EstateTenure</a>',
      { kind: 'ref', id: 'Api_EstateTenure' },
    ],
    [
      'Collection of <a href="/Help/ResourceModel?modelName=Category_Category">Category</a>',
      { kind: 'collection', items: { kind: 'ref', id: 'Category_Category' } },
    ],
    [
      'Collection of Collection of integer',
      { kind: 'collection', items: { kind: 'collection', items: { kind: 'simple', name: 'integer' } } },
    ],
    [
      'Dictionary of string [key] and integer [value]',
      { kind: 'dictionary', key: { kind: 'simple', name: 'string' }, value: { kind: 'simple', name: 'integer' } },
    ],
    [
      'Dictionary of string [key] and <a href="/Help/ResourceModel?modelName=M_X">X</a> [value]',
      { kind: 'dictionary', key: { kind: 'simple', name: 'string' }, value: { kind: 'ref', id: 'M_X' } },
    ],
    [
      'Pair of string [key] and integer [value]',
      { kind: 'pair', key: { kind: 'simple', name: 'string' }, value: { kind: 'simple', name: 'integer' } },
    ],
    [
      'Pair of <a href="/Help/ResourceModel?modelName=M_X">X</a> [key] and Collection of string [value]',
      {
        kind: 'pair',
        key: { kind: 'ref', id: 'M_X' },
        value: { kind: 'collection', items: { kind: 'simple', name: 'string' } },
      },
    ],
    [
      'Dictionary of string [key] and Pair of string [key] and integer [value] [value]',
      {
        kind: 'dictionary',
        key: { kind: 'simple', name: 'string' },
        value: { kind: 'pair', key: { kind: 'simple', name: 'string' }, value: { kind: 'simple', name: 'integer' } },
      },
    ],
    [
      'Collection of Pair of <a href="/Help/ResourceModel?modelName=M_X">X</a> [key] and <a href="/Help/ResourceModel?modelName=M_Y">Y</a> [value]',
      {
        kind: 'collection',
        items: { kind: 'pair', key: { kind: 'ref', id: 'M_X' }, value: { kind: 'ref', id: 'M_Y' } },
      },
    ],
    [
      'Pair of Pair of string [key] and integer [value] [key] and string [value]',
      {
        kind: 'pair',
        key: { kind: 'pair', key: { kind: 'simple', name: 'string' }, value: { kind: 'simple', name: 'integer' } },
        value: { kind: 'simple', name: 'string' },
      },
    ],
    [
      'Dictionary of Pair of string [key] and integer [value] [key] and Dictionary of string [key] and byte [value] [value]',
      {
        kind: 'dictionary',
        key: { kind: 'pair', key: { kind: 'simple', name: 'string' }, value: { kind: 'simple', name: 'integer' } },
        value: { kind: 'dictionary', key: { kind: 'simple', name: 'string' }, value: { kind: 'simple', name: 'byte' } },
      },
    ],
    ['Pair of string and integer', null],
    ['Pair of string [key] and integer [value] [value]', null],
    ['Tuple of string and integer', null],
    ['Collection of Widget', null],
    ['<a href="/Help/Api/GET-X">X</a>', null],
    ['', null],
  ])('%s', (html, expected) => {
    expect(typeOf(html)).toEqual(expected);
  });

  it.each<[string, string, TypeRef | null]>([
    ['Hämtar bilder. Collection of byte', 'Hämtar bilder.', { kind: 'binary' }],
    [
      'Urval <a href="/Help/ResourceModel?modelName=C_Criteria">ContactCriteria</a>',
      'Urval',
      { kind: 'ref', id: 'C_Criteria' },
    ],
    ['Returnerar en string', '', null],
    ['boolean', '', { kind: 'simple', name: 'boolean' }],
  ])('a type line "%s" splits into description and type', (html, description, type) => {
    const $ = cheerio.load(`<p id="c">${html}</p>`);
    const split = splitTypeLine(phraseOf(pageContext(), $('#c').get(0)!.children));
    expect(split?.type ?? null).toEqual(type);
    if (split) expect(split.description).toBe(description);
  });
});

describe('annotations', () => {
  const none: Annotations = { required: false, constraints: {}, notes: [] };
  it.each<[string[], Annotations]>([
    [['Krävs'], { ...none, required: true }],
    [['Required'], { ...none, required: true }],
    [['Förnamn krävs'], { ...none, required: true }],
    [['None.'], none],
    [[''], none],
    [['Förnamn måste vara mellan 1 och 40 tecken'], { ...none, constraints: { minLength: 1, maxLength: 40 } }],
    [
      ['Kund-id krävs Kund-id måste vara mellan 0 och 40 tecken'],
      { ...none, required: true, constraints: { minLength: 0, maxLength: 40 } },
    ],
    [
      ['Kund-id krävs', 'Kund-id måste vara mellan 0 och 40 tecken'],
      { ...none, required: true, constraints: { minLength: 0, maxLength: 40 } },
    ],
    [
      ['Min length: 10 Max length: 13 Required'],
      { ...none, required: true, constraints: { minLength: 10, maxLength: 13 } },
    ],
    [['Min length: 5 Required'], { ...none, required: true, constraints: { minLength: 5 } }],
    [['String length: inclusive between 0 and 50'], { ...none, constraints: { minLength: 0, maxLength: 50 } }],
    [['Max length: 50'], { ...none, constraints: { maxLength: 50 } }],
    [['Range: inclusive between 1 and 10'], { ...none, constraints: { minimum: 1, maximum: 10 } }],
    [['Range: inclusive between -0.5 and 2.25'], { ...none, constraints: { minimum: -0.5, maximum: 2.25 } }],
    [
      ['Matching regular expression pattern: ^[0-9]{6} ?[0-9]{4}$'],
      { ...none, constraints: { pattern: '^[0-9]{6} ?[0-9]{4}$' } },
    ],
    [
      ['Required', 'Matching regular expression pattern: \\d+'],
      { ...none, required: true, constraints: { pattern: '\\d+' } },
    ],
    [['Kan vara null'], { ...none, notes: ['Kan vara null'] }],
    [
      ['Epostadress, telefonnummer eller mobilnummer måste anges.'],
      { ...none, notes: ['Epostadress, telefonnummer eller mobilnummer måste anges.'] },
    ],
    [
      ['Epostadress, telefonnummer eller mobilnummer måste anges. Epostadresser måste vara mellan 0 och 100 tecken'],
      {
        ...none,
        constraints: { minLength: 0, maxLength: 100 },
        notes: ['Epostadress, telefonnummer eller mobilnummer måste anges.'],
      },
    ],
    [
      ['Förnamn måste vara mellan 0 och 30 tecken, tomsträng mellanslag eller null uppdaterar inte förnamnet'],
      {
        ...none,
        constraints: { minLength: 0, maxLength: 30 },
        notes: ['tomsträng mellanslag eller null uppdaterar inte förnamnet'],
      },
    ],
    [
      ['För att hämta en bild så krävs det en giltig nyckel'],
      { ...none, notes: ['För att hämta en bild så krävs det en giltig nyckel'] },
    ],
    [['Data type: EmailAddress'], { ...none, notes: ['Data type: EmailAddress'] }],
    [
      ['Ett värde mellan 0 och 100 måste anges för enkätsvaret.'],
      { ...none, notes: ['Ett värde mellan 0 och 100 måste anges för enkätsvaret.'] },
    ],
  ])('%j', (paragraphs, expected) => {
    expect(parseAnnotations(paragraphs)).toEqual(expected);
  });
});

describe('Json.NET camelCase', () => {
  it.each([
    ['SMS', 'sms'],
    ['GDPRApprovalDate', 'gdprApprovalDate'],
    ['Id', 'id'],
    ['URLAddress', 'urlAddress'],
    ['CustomerId', 'customerId'],
    ['header', 'header'],
    ['A', 'a'],
    ['ABC1', 'abC1'],
    ['EmailAddress2', 'emailAddress2'],
    ['IOStream', 'ioStream'],
    // A digit is not upper case, so the capital before it stays (Json.NET's own `SHOUTING_CASE` -> `shoutinG_CASE`).
    ['HTML5Page', 'htmL5Page'],
    ['SHOUTING_CASE', 'shoutinG_CASE'],
    ['Xml2Json', 'xml2Json'],
    ['', ''],
  ])('%s -> %s', (clr, json) => {
    expect(jsonCamelCase(clr)).toBe(json);
  });
});

describe("XmlConvert's name encoding (DataContract member names)", () => {
  it.each([
    ['Name', 'Name'],
    ['Åsa', 'Åsa'],
    ['__proto__', '__proto__'],
    ['_1st', '_1st'],
    ['1st', '_x0031_st'],
    ['a1-b.c', 'a1-b.c'],
    ['-a', '_x002D_a'],
    ['/*', '_x002F__x002A_'],
    ['*/', '_x002A__x002F_'],
    ['`tick`', '_x0060_tick_x0060_'],
    ['${x}', '_x0024__x007B_x_x007D_'],
    ['q"uote', 'q_x0022_uote'],
    ['a:b', 'a_x003A_b'],
    ['a b', 'a_x0020_b'],
    ['_x0041_', '_x005F_x0041_'],
    ['😀', '😀'],
    ['\u{F0000}', '_x000F0000_'],
  ])('%j <-> <%s>', (name, element) => {
    expect(encodeXmlName(name)).toBe(element);
    expect(decodeXmlName(element)).toBe(name);
  });

  it('leaves text that is no escape as it is', () => {
    expect(decodeXmlName('_x12_ and _xZZZZ_')).toBe('_x12_ and _xZZZZ_');
  });
});

describe('section labels and headings', () => {
  it.each<[string, SectionLabel | null]>([
    ['URI Parameters', 'uri-parameters'],
    ['  uri   parameters ', 'uri-parameters'],
    ['URI-parametrar', 'uri-parameters'],
    ['Body Parameters', 'body-parameters'],
    ['Parametrar i body', 'body-parameters'],
    ['Request Formats', 'request-formats'],
    ['Resource Description:', 'resource-description'],
    ['Svarsformat', 'response-formats'],
    ['Kodexempel', 'code-examples'],
    ['Notification', null],
  ])('labelOf(%j)', (text, label) => {
    expect(labelOf(text)).toBe(label);
  });

  it.each([
    [
      'theme spans',
      '<span class="display1">GET A/B</span><p>S</p><span class="headline">Request Information</span><span class="title">URI Parameters</span><p>u</p><span class="headline">Response Information</span><span class="title">Resource Description</span><p>r</p>',
    ],
    [
      'stock h1/h2/h3',
      '<h1>GET A/B</h1><div><p>S</p></div><h2>Request Information</h2><h3>URI Parameters</h3><p>u</p><h2>Response Information</h2><h3>Resource Description</h3><p>r</p>',
    ],
    [
      'headings at different depths',
      '<div><h1>GET A/B</h1></div><p>S</p><section><h2>Request Information</h2><div><div><b class="title">URI Parameters</b></div><p>u</p></div></section><div><h3>Resource Description</h3></div><p>r</p>',
    ],
    [
      'a plain leaf element carrying the label',
      '<h1>GET A/B</h1><p>S</p><div>URI Parameters</div><p>u</p><strong>Resource Description</strong><p>r</p>',
    ],
  ])('sections are found by text: %s', (_, html) => {
    const { $, root, elements } = loadPage(`<html><body>${html}</body></html>`);
    const page = splitSections(root, elements);
    expect($(page.title!).text()).toBe('GET A/B');
    expect(
      $(page.preamble.flatMap((b) => (b.kind === 'content' ? b.nodes : [])))
        .text()
        .trim(),
    ).toBe('S');
    const content = (label: SectionLabel): string =>
      page.sections
        .filter((s) => s.label === label)
        .flatMap((s) => s.blocks)
        .map((b) => (b.kind === 'content' ? $(b.nodes).text().trim() : ''))
        .join('');
    expect(content('uri-parameters')).toBe('u');
    expect(content('resource-description')).toBe('r');
  });

  it('drops chrome, scripts, the try-it form and the code examples', () => {
    const { $, root } = loadPage(
      '<body><div class="navigation-area">nav</div><div class="paper-content"><p>kept</p><script>x()</script><div class="modal">m</div><div id="curl-command"><pre>curl</pre></div></div></body>',
    );
    expect($(root).text()).toBe('kept');
  });
});

describe('tables by header', () => {
  it.each<[string, string, TableKind | null]>([
    [
      'Swedish thead td',
      '<thead><tr><td>Namn</td><td>Beskrivning</td><td>Typ</td><td>Information</td></tr></thead><tbody><tr><td>a</td><td></td><td>string</td><td></td></tr></tbody>',
      'properties',
    ],
    [
      'stock th',
      '<tr><th>Name</th><th>Description</th><th>Type</th><th>Additional information</th></tr><tr><td>a</td><td></td><td>string</td><td></td></tr>',
      'properties',
    ],
    [
      'first row td',
      '<tr><td>Name</td><td>Description</td><td>Type</td><td>Additional information</td></tr><tr><td>a</td><td></td><td>string</td><td></td></tr>',
      'properties',
    ],
    ['group', '<thead><tr><th>API</th><th>Beskrivning</th></tr></thead><tr><td>x</td><td>y</td></tr>', 'apis'],
    [
      'enum values',
      '<thead><tr><td>Name</td><td>Value</td><td>Description</td></tr></thead><tr><td>A</td><td>0</td><td></td></tr>',
      'enum-values',
    ],
    ['enum ids', '<thead><tr><th>Id</th><th>Name</th></tr></thead><tr><td>A</td><td>a</td></tr>', 'enum-ids'],
    ['unknown', '<tr><td>foo</td><td>bar</td></tr>', null],
  ])('%s', (_, rows, kind) => {
    const $ = cheerio.load(`<table>${rows}</table>`);
    const table = readTable($('table').get(0)!);
    expect(table.kind).toBe(kind);
    if (kind !== null) expect(table.rows).toHaveLength(1);
  });
});

describe('URLs and ids', () => {
  const root = 'https://connect.maklare.vitec.net/Help';
  it.each<[string, UrlKind]>([
    ['https://connect.maklare.vitec.net/Help', { kind: 'index' }],
    ['https://connect.maklare.vitec.net/Help/', { kind: 'index' }],
    ['https://connect.maklare.vitec.net/help/Section?id=advertising', { kind: 'group' }],
    ['https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact', { kind: 'group' }],
    [
      'https://connect.maklare.vitec.net/Help/Api/POST-User-Notify-customerId',
      { kind: 'endpoint', id: 'POST-User-Notify-customerId' },
    ],
    [
      'https://connect.maklare.vitec.net/Help/ResourceModel?modelName=User_Notification',
      { kind: 'model', id: 'User_Notification' },
    ],
    [
      'https://connect.maklare.vitec.net/Help/EnumerationReference?modelName=Api_EstateTenure',
      { kind: 'enum', id: 'Api_EstateTenure' },
    ],
    ['https://connect.maklare.vitec.net/Help/TechnicalInformation', { kind: 'other' }],
    ['https://connect.maklare.vitec.net/swagger/docs/advertising', { kind: 'outside' }],
    ['https://elsewhere.example/Help', { kind: 'outside' }],
  ])('%s', (url, kind) => {
    expect(classifyUrl(url, root)).toEqual(kind);
  });

  it('works under a virtual path', () => {
    expect(classifyUrl('https://h.example/api/Help/Api/GET-api-Values', 'https://h.example/api/Help')).toEqual({
      kind: 'endpoint',
      id: 'GET-api-Values',
    });
  });

  it.each([
    ['POST', 'User/Notify/{customerId}', 'POST-User-Notify-customerId'],
    ['GET', 'api/Values?id={id}&name={name}', 'GET-api-Values_id_name'],
    ['GET', 'CRM/Contact/{customerId}/Search', 'GET-CRM-Contact-customerId-Search'],
  ])('friendlyId(%s %s)', (method, path, id) => {
    expect(friendlyId(method, path)).toBe(id);
  });

  it('placeholders drop route constraints', () => {
    expect(placeholders('a/{customerId}/{id:int}/{x?}')).toEqual(['customerId', 'id', 'x']);
    expect(normalisePathTemplate('a/{customerId}/{id:int}/{x?}')).toBe('a/{customerId}/{id}/{x}');
  });

  it.each([
    ['CRM Newsletter', 'CRM-Newsletter'],
    ['User', 'User'],
    ['Varumärke', 'Varumärke'],
    [' A / B ', 'A-B'],
  ])('groupId(%j)', (heading, id) => {
    expect(groupId(heading)).toBe(id);
  });
});

describe('paragraphs of raw-HTML documentation', () => {
  const paragraphs = (html: string): string[] => {
    const $ = cheerio.load(`<div id="doc">${html}</div>`);
    return linesOf($('#doc')[0]!.children).map((l) =>
      l.kind === 'text' ? $(l.nodes).text().replace(/\s+/g, ' ').trim() : l.kind,
    );
  };

  it.each([
    ['Reads one item.<br>Archived items are included.', ['Reads one item.', 'Archived items are included.']],
    // A <br> inside an inline element breaks the paragraph there, not at the element's edges.
    ['Reads <b>one item.<br>Archived</b> items are included.', ['Reads one item.', 'Archived items are included.']],
    ['<span>First.<br>Second.</span>', ['First.', 'Second.']],
    ['No break <i>inside</i> this one.', ['No break inside this one.']],
    ['<span>Text <div>block</div> tail</span>', ['Text', 'block', 'tail']],
  ])('%s', (html, expected) => {
    expect(paragraphs(html)).toEqual(expected);
  });
});
