/**
 * Markup errors a template or a hand edit makes, which browsers repair by the HTML standard's rules: the scraper
 * parses with parse5, which repairs them the same way, so each broken page reads as the page it renders as. (A
 * forgiving parser that closes up to the nearest matching tag instead, htmlparser2, ends the table at the stray
 * `</div>` below and loses the rows after it: why the scraper pays for parse5.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import type { ApiIR } from '../ir/schema.js';
import { scrapeSnapshot } from '../scraper/index.js';

const ORIGIN = 'https://connect.maklare.vitec.net';
const URL = `${ORIGIN}/Help/Api/POST-User-Notify-customerId`;
const page = readFileSync(
  new globalThis.URL('../tools/build-snapshot/reference/POST-User-Notify-customerId.html', import.meta.url),
  'utf8',
);

function scrape(body: string): ApiIR {
  return scrapeSnapshot({
    helpRoot: `${ORIGIN}/Help`,
    pages: [{ url: URL, status: 200, contentType: 'text/html; charset=utf-8', body }],
  });
}

/** `page` with `from` (which must occur) replaced once by `to`. */
function edited(from: string, to: string): string {
  expect(page).toContain(from);
  return page.replace(from, to);
}

const reference = scrape(page);

describe('markup errors browsers repair', () => {
  it('the reference page reads whole: the body model has its members', () => {
    const model = reference.types.find((t) => t.id === 'User_Notification');
    expect(model?.kind === 'complex' && model.properties.map((p) => p.clrName)).toEqual(
      expect.arrayContaining(['Header', 'SMS']),
    );
  });

  it.each([
    [
      'a stray </div> inside a table cell',
      '<td class="parameter-documentation"><p>Rubrik</p></td>',
      '<td class="parameter-documentation"><p>Rubrik</p></div></td>',
    ],
    [
      'a stray </span> and </p> in a cell',
      '<td class="parameter-documentation"><p>Rubrik</p></td>',
      '<td class="parameter-documentation"></span><p>Rubrik</p></p></td>',
    ],
    [
      'cells and rows whose end tags are left out',
      '<td class="parameter-type">string</td>\n',
      '<td class="parameter-type">string\n',
    ],
    ['an unclosed <b> in a cell', '<p>Rubrik</p>', '<p><b>Rubrik</p>'],
  ])('%s: the same operations, types and diagnostics', (_name, from, to) => {
    const ir = scrape(edited(from, to));
    expect(ir.operations).toEqual(reference.operations);
    expect(ir.types).toEqual(reference.types);
    expect(ir.diagnostics).toEqual(reference.diagnostics);
  });
});
