import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';

import type { TypeRef } from '../ir/schema.js';
import { DiagnosticSink, PageScope } from '../scraper/diagnostics.js';
import type { PageContext } from '../scraper/page-context.js';
import { parseTypePhrase, phraseOf } from '../scraper/type-phrase.js';

const PAGE = 'https://api.example.test/Help/Api/GET-api-items';

/** The page PAGE as its readers see it; phrases report nothing, so the diagnostics go nowhere. */
const pageContext = (): PageContext => ({
  url: PAGE,
  scope: new PageScope(new DiagnosticSink(), PAGE, 'endpoint'),
});

function typeOf(html: string): TypeRef | null {
  const $ = cheerio.load(`<div id="c">${html}</div>`);
  return parseTypePhrase(phraseOf(pageContext(), $('#c').get(0)!.children));
}

const simple = (name: Extract<TypeRef, { kind: 'simple' }>['name']): TypeRef => ({ kind: 'simple', name });
const link = (id: string): string => `<a href="/Help/ResourceModel?modelName=${id}">${id.split('.').at(-1)}</a>`;

describe('type phrases of any Help Page site', () => {
  it.each<[string, TypeRef | null]>([
    // Stock display names (ModelDescriptionGenerator.DefaultTypeDocumentation).
    ['integer', simple('integer')],
    ['decimal number', simple('decimal')],
    ['date', simple('date')],
    ['globally unique identifier', simple('guid')],
    ['time interval', simple('timespan')],
    ['URI', simple('uri')],
    ['Object', simple('object')],
    ['unsigned integer', simple('integer')],
    // Site wordings met in the wild.
    ['integer, 64 bit', simple('integer')],
    ['integer, 32 bit', simple('integer')],
    ['Integer (64-bit)', simple('integer')],
    ['64-bit integer', simple('integer')],
    ['unsigned integer, 16 bit', simple('integer')],
    ['long integer', simple('integer')],
    ['date time', simple('date')],
    ['DateTime', simple('date')],
    ['GUID', simple('guid')],
    ['URL', simple('uri')],
    ['bool', simple('boolean')],
    // Swedish ones stay.
    ['heltal', simple('integer')],
    ['decimaltal', simple('decimal')],
    ['globalt unik identifierare', simple('guid')],
    // Composites over variants and over dotted model ids.
    ['Collection of integer, 64 bit', { kind: 'collection', items: simple('integer') }],
    ['Collection of unsigned integer', { kind: 'collection', items: simple('integer') }],
    [
      `Collection of ${link('EntityListOfCompany.Api.Entities.CourseCard')}`,
      { kind: 'collection', items: { kind: 'ref', id: 'EntityListOfCompany.Api.Entities.CourseCard' } },
    ],
    [
      'Dictionary of globally unique identifier [key] and integer, 64 bit [value]',
      { kind: 'dictionary', key: simple('guid'), value: simple('integer') },
    ],
    [
      `Dictionary of string [key] and Collection of ${link('Api_Item')} [value]`,
      {
        kind: 'dictionary',
        key: simple('string'),
        value: { kind: 'collection', items: { kind: 'ref', id: 'Api_Item' } },
      },
    ],
    // Unknown phrases stay unknown (the reader reports them).
    ['integer, 128 bit', null],
    ['big number', null],
    ['integers', null],
  ])('%s', (html, want) => {
    expect(typeOf(html)).toEqual(want);
  });
});
