// Parsing the Markdown evidence and rendering pages: pure functions, inline inputs (never the
// evidence folder itself).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';

import { readSnapshot } from '../snapshot/read.js';
import { buildSite, seedSamples } from '../tools/build-snapshot/build.js';
import { codeExamples } from '../tools/build-snapshot/code-examples.js';
import type { Evidence } from '../tools/build-snapshot/evidence.js';
import { escapeRazor, inlineHtml } from '../tools/build-snapshot/html.js';
import type { EndpointPage } from '../tools/build-snapshot/page-model.js';
import {
  parseEndpointPage,
  parseModelPage,
  parseTypeText,
  splitAnnotations,
  splitDocAndType,
} from '../tools/build-snapshot/parse-evidence.js';
import { renderSite } from '../tools/build-snapshot/render-site.js';
import { stockAnnotation } from '../tools/build-snapshot/render-stock.js';
import { VitecRenderer } from '../tools/build-snapshot/render-vitec.js';
import { writeSnapshot } from '../tools/build-snapshot/snapshot-writer.js';
import { applyWhitespace, PLAIN, variationFor } from '../tools/build-snapshot/variation.js';
import { buildRegistry } from '../tools/build-snapshot/xml-from-json.js';

const LINK = 'https://connect.maklare.vitec.net/Help/ResourceModel?modelName=';

const ENDPOINT_MD = `<!-- https://connect.maklare.vitec.net/Help/Api/POST-Note-customerId, fetched 2026-10-04 -->

# POST Note/{customerId}

Sparar en anteckning

## Request Information

### URI Parameters

| Namn | Beskrivning | Typ | Information |
| --- | --- | --- | --- |
| customerId | Kund-id | string | Krävs |
| MaxSize | Max resultat | integer |  |

## Body Parameters

Anteckning [Note](${LINK}Note_Note)

| Namn | Beskrivning | Typ | Information |
| --- | --- | --- | --- |
| ContactId | Kontakt | string | Kontaktid krävs Kontaktid måste vara mellan 0 och 40 tecken |
| Amount | Belopp | decimal number |  |
| Kind | Typ | [ContactType](${LINK}Models_ContactType) |  |

### Request Formats

- [application/json, text/json](https://connect.maklare.vitec.net#json42)

- [application/xml, text/xml](https://connect.maklare.vitec.net#xml42)

\`\`\`
{
  "contactId": "sample string 1",
  "amount": 2.0,
  "kind": "Person"
}
\`\`\`

## Response Information

### Resource Description

Sparar en anteckning string

## Kodexempel

- [CURL kommando](https://connect.maklare.vitec.net#curl-command)

## Testformulär

### Text input

## Response Formats

- [application/json, text/json](https://connect.maklare.vitec.net#json42)

- [application/xml, text/xml](https://connect.maklare.vitec.net#xml42)

\`\`\`
"sample string 1"
\`\`\`
`;

const ENUM_MD = `<!-- ${LINK}Models_ContactType, fetched 2026-10-04 -->

# ContactType

Kontakttyper

| Name | Value | Description |
| --- | --- | --- |
| Person | 0 | Person |
| Company | 1 | Företag |
`;

const SEED = `POST User/Notify/{customerId}
{
  "header": "sample string 1"
}
<Notification xmlns="urn:x">
  <Header>sample string 1</Header>
</Notification>
Response Formats
true
<boolean xmlns="http://schemas.microsoft.com/2003/10/Serialization/">true</boolean>`;

describe('evidence parsing', () => {
  it.each([
    ['string', { kind: 'simple', name: 'string' }],
    ['decimal number', { kind: 'simple', name: 'decimal number' }],
    [`[Note](${LINK}Note_Note)`, { kind: 'model', name: 'Note', modelName: 'Note_Note' }],
    [
      `Collection of [Note](${LINK}Note_Note)`,
      { kind: 'collection', of: { kind: 'model', name: 'Note', modelName: 'Note_Note' } },
    ],
    ['Collection of byte', { kind: 'collection', of: { kind: 'simple', name: 'byte' } }],
    ['[Other](https://example.com/x)', null],
    ['strings', null],
  ])('reads the type cell %s', (text, want) => {
    expect(parseTypeText(text)).toEqual(want);
  });

  it.each([
    ['Skapa återkomst string', 'Skapa återkomst', 'string'],
    ['Hämtar bilder. Collection of byte', 'Hämtar bilder.', 'Collection of byte'],
    [`[Note](${LINK}Note_Note)`, '', 'Note'],
    ['Metod för att ta bort en bild', 'Metod för att ta bort en bild', null],
    ['Hämta substring', 'Hämta substring', null],
  ])('splits "%s" into documentation and type', (text, doc, type) => {
    const got = splitDocAndType(text);
    expect(got.doc).toBe(doc);
    const t = got.type;
    expect(
      t === null ? null : t.kind === 'collection' ? `Collection of ${t.of.kind === 'simple' ? t.of.name : ''}` : t.name,
    ).toBe(type);
  });

  it.each([
    ['Krävs', ['Krävs']],
    [
      'Kund-id krävs Kund-id måste vara mellan 0 och 40 tecken',
      ['Kund-id krävs', 'Kund-id måste vara mellan 0 och 40 tecken'],
    ],
    ['Min length: 10 Max length: 13 Required', ['Min length: 10', 'Max length: 13', 'Required']],
    [
      'Epostadress, telefonnummer eller mobilnummer måste anges. Telefonnummer måste vara mellan 0 och 17 tecken',
      ['Epostadress, telefonnummer eller mobilnummer måste anges.', 'Telefonnummer måste vara mellan 0 och 17 tecken'],
    ],
    [
      'Förnamn måste vara mellan 0 och 30 tecken, tomsträng mellanslag eller null uppdaterar inte förnamnet',
      ['Förnamn måste vara mellan 0 och 30 tecken, tomsträng mellanslag eller null uppdaterar inte förnamnet'],
    ],
    ['', []],
  ])('splits the Information cell "%s" into annotations', (text, want) => {
    expect(splitAnnotations(text)).toEqual(want);
  });

  it('reads an endpoint page: parameters, body, samples with their tab id, response type', () => {
    const page = parseEndpointPage(ENDPOINT_MD, 'note.md');
    expect([page.method, page.path, page.docParagraphs]).toEqual([
      'POST',
      'Note/{customerId}',
      ['Sparar en anteckning'],
    ]);
    expect(page.uriParams.map((p) => [p.name, p.annotations])).toEqual([
      ['customerId', ['Krävs']],
      ['MaxSize', []],
    ]);
    expect(page.body?.doc).toBe('Anteckning');
    expect(page.body?.rows?.map((r) => r.name)).toEqual(['ContactId', 'Amount', 'Kind']);
    expect(page.requestSamples?.id).toBe(42);
    expect(page.requestSamples?.tabs.map((t) => [t.idPrefix, t.sample.kind])).toEqual([
      ['json', 'text'],
      ['xml', 'unavailable'],
    ]);
    expect(page.response.type).toEqual({ kind: 'simple', name: 'string' });
  });

  it('names the file and section of a page it cannot read', () => {
    expect(() =>
      parseEndpointPage(
        ENDPOINT_MD.replace('| Namn | Beskrivning | Typ | Information |', '| A | B | C | D |'),
        'bad.md',
      ),
    ).toThrow(/bad\.md \(URI Parameters\): expected a property table "Namn \| Beskrivning \| Typ \| Information"/);
    expect(() => parseEndpointPage('# nothing', 'x.md')).toThrow(/x\.md: expected a first-line comment/);
  });

  it('finds the seed samples in page order', () => {
    const s = seedSamples(SEED, 'seed');
    expect(s.json).toEqual(['{\n  "header": "sample string 1"\n}', 'true']);
    expect(s.xml[0]).toBe('<Notification xmlns="urn:x">\n  <Header>sample string 1</Header>\n</Notification>');
    expect(s.xml[1]).toMatch(/^<boolean /);
  });
});

function evidence(): Evidence {
  return {
    endpoints: [{ name: 'api/POST-Note-customerId.md', text: ENDPOINT_MD }],
    models: [{ name: 'models/Models_ContactType.md', text: ENUM_MD }],
    category: {
      name: 'crm-contact.md',
      text: `<!-- https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact, fetched x -->\n\n### CRM\n\n### Note\n\nAnteckningar\n\n| API | Beskrivning |\n| --- | --- |\n| [POST Note/{customerId}](https://connect.maklare.vitec.net/Help/Api/POST-Note-customerId) | Sparar |\n`,
    },
    technicalInformation: {
      name: 'technical-information.md',
      text: '<!-- https://connect.maklare.vitec.net/Help/TechnicalInformation, fetched x -->\n\n## Teknisk Beskrivning\n\nSe [RFC](https://datatracker.ietf.org/doc/html/rfc2617) och [start](https://connect.maklare.vitec.net/Help).\n',
    },
    seed: { name: 'seed-User-Notify.txt', text: SEED },
  };
}

describe('rendering', () => {
  const site = buildSite(evidence());
  const note = site.pages.find((p): p is EndpointPage => p.kind === 'endpoint')!;

  it('fills the XML sample from the JSON sample and the tables', () => {
    const xml = note.requestSamples!.tabs.find((t) => t.idPrefix === 'xml')!.sample;
    expect(xml).toEqual({
      kind: 'text',
      text: [
        '<Note xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.Note">',
        '  <Amount>2</Amount>',
        '  <ContactId>sample string 1</ContactId>',
        '  <Kind>Person</Kind>',
        '</Note>',
      ].join('\n'),
    });
  });

  it('renders the same page model to the same bytes, every time and in either theme', () => {
    const a = renderSite(site, 'vitec');
    const b = renderSite(buildSite(evidence()), 'vitec');
    expect(a.map((p) => p.html)).toEqual(b.map((p) => p.html));
    const r = new VitecRenderer(site.registry);
    expect(r.render(note, PLAIN)).toBe(r.render(note, PLAIN));
    expect(a.map((p) => p.url)).toEqual([
      'https://connect.maklare.vitec.net/Help',
      'https://connect.maklare.vitec.net/Help/Category?version=v1&categoryId=CRM-Contact',
      'https://connect.maklare.vitec.net/Help/TechnicalInformation',
      'https://connect.maklare.vitec.net/Help/Api/POST-Note-customerId',
      `${LINK}Models_ContactType`,
    ]);
  });

  it('escapes text once and keeps sample text intact inside <pre>', () => {
    const html = new VitecRenderer(site.registry).render(note, PLAIN);
    const $ = cheerio.load(html);
    expect($('#json42 pre').first().text()).toBe(
      '{\n  "contactId": "sample string 1",\n  "amount": 2.0,\n  "kind": "Person"\n}',
    );
    expect($('#xml42 pre').first().text()).toMatch(/^<Note xmlns:i=/);
    expect(html).toContain('&lt;Note xmlns:i=&quot;');
    expect(
      $('.parameter-annotations')
        .eq(2)
        .find('p')
        .map((_i, el) => $(el).text())
        .get(),
    ).toEqual(['Kontaktid krävs', 'Kontaktid måste vara mellan 0 och 40 tecken']);
  });

  it('writes a category page with its groups and a prose page with root-relative site links', () => {
    const [, category, prose] = renderSite(site, 'vitec');
    const $c = cheerio.load(category!.html);
    expect($c('.paper-content td.api-name a').attr('href')).toBe('/Help/Api/POST-Note-customerId');
    expect($c('.paper-content td.api-name a').text()).toBe('POST Note/{customerId}');
    const $p = cheerio.load(prose!.html);
    expect(
      $p('.paper-content a')
        .map((_i, el) => $p(el).attr('href'))
        .get(),
    ).toEqual(['https://datatracker.ietf.org/doc/html/rfc2617', '/Help']);
  });

  it('writes the enum table after "Possible enumeration values:"', () => {
    const enumPage = renderSite(site, 'vitec').find((p) => p.url.endsWith('Models_ContactType'))!;
    const $ = cheerio.load(enumPage.html);
    expect($('.paper-content p').filter((_i, el) => $(el).text() === 'Possible enumeration values:').length).toBe(1);
    expect(
      $('td.enum-name b')
        .map((_i, el) => $(el).text())
        .get(),
    ).toEqual(['Person', 'Company']);
  });

  it('builds code examples with placeholders, the query string and the naive camelCase body', () => {
    const code = codeExamples(note, site.registry);
    expect(code.curl).toBe(
      'curl "https://connect.maklare.vitec.net/Note/StringValue?MaxSize=0" -X POST -H "Content-Type: application/json" -H "Authorization: basic {Base64 kodad användarnamn och lösenord}" -d {\\"contactId\\":\\"StringValue\\",\\"amount\\":0.0,\\"kind\\":0}\n            ',
    );
    expect(code.csharp).toContain('HttpClientInstance.PostAsync("Note/StringValue?MaxSize=0", new StringContent(json');
    expect(code.php).toContain('curl_setopt($ch, CURLOPT_POST, true);');
  });

  it('round-trips through the snapshot format', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'build-snapshot-'));
    try {
      const pages = renderSite(site, 'vitec');
      await writeSnapshot(path.join(dir, 'snap'), 'https://connect.maklare.vitec.net/Help', pages);
      const loaded = await readSnapshot(path.join(dir, 'snap'));
      expect(loaded.pages.map((p) => [p.url, p.body])).toEqual(
        [...pages].sort((a, b) => (a.url < b.url ? -1 : 1)).map((p) => [p.url, p.html]),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('markup variation and escaping', () => {
  it('picks the same variation for the same URL and the plain one for the reference', () => {
    const url = 'https://connect.maklare.vitec.net/Help/Api/GET-X';
    expect(variationFor(url, new Set())).toEqual(variationFor(url, new Set()));
    expect(variationFor(url, new Set([url]))).toEqual(PLAIN);
  });

  it('never touches the text of <pre> blocks', () => {
    const html = '    <div>\n<pre class="wrapped">{\n    "a": 1\n}</pre>\n    </div>';
    for (const mode of ['tabs', 'ragged'] as const) {
      expect(cheerio.load(applyWhitespace(html, mode))('pre').text()).toBe('{\n    "a": 1\n}');
    }
    expect(applyWhitespace(html, 'tabs').split('\n')[0]).toBe('\t<div>');
  });

  it.each([
    ['Krävs', 'Required'],
    ['Kund-id krävs', 'Required'],
    ['Förnamn måste vara mellan 0 och 30 tecken', 'String length: inclusive between 0 and 30'],
    ['Min length: 5', 'Min length: 5'],
    ['Kan utelämnas för Sverige.', 'Kan utelämnas för Sverige.'],
  ])('writes the annotation "%s" in stock form: %s', (text, want) => {
    expect(stockAnnotation(text)).toBe(want);
  });

  it('escapes like Razor in the stock theme and turns site links root-relative', () => {
    expect(escapeRazor(`Hämta "x" & 'y' <z>`)).toBe('H&#228;mta &quot;x&quot; &amp; &#39;y&#39; &lt;z&gt;');
    expect(inlineHtml('Se [mer](https://connect.maklare.vitec.net/Help/ImageApi) & <b>').html).toBe(
      'Se <a href="/Help/ImageApi">mer</a> &amp; &lt;b&gt;',
    );
  });

  it('builds a registry from the model pages', () => {
    const reg = buildRegistry([parseModelPage(ENUM_MD, 'enum.md')], []);
    expect(reg.get('Models_ContactType')?.kind).toBe('enum');
  });
});
