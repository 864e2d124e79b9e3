/** Rows of a property table (`Namn | Beskrivning | Typ | Information`): parameters and model members. */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';

import type { Constraints, TypeRef } from '../ir/schema.js';
import { parseAnnotations } from './annotations.js';
import type { PageScope } from './diagnostics.js';
import { linesOf } from './dom.js';
import { cell, type Table } from './tables.js';
import { isEmptyMarker, normalizeSpace } from './text.js';
import { displayText, parseTypePhrase, phraseOf } from './type-phrase.js';

export interface Member {
  name: string;
  type: TypeRef;
  required: boolean;
  constraints: Constraints;
  description: string;
  notes: string[];
  /** Place on the page, for diagnostics. */
  where: string;
}

/** The paragraphs of a cell as displayed text (links as their text). */
export function cellParagraphs($: CheerioAPI, el: Element | undefined, pageUrl: string): string[] {
  if (!el) return [];
  return linesOf($, el.children)
    .map((line) =>
      line.kind === 'text' ? displayText(phraseOf($, line.nodes, pageUrl)) : normalizeSpace($(line.el).text()),
    )
    .filter((t) => t !== '');
}

export function cellDescription($: CheerioAPI, el: Element | undefined, pageUrl: string): string {
  return cellParagraphs($, el, pageUrl)
    .filter((p) => !isEmptyMarker(p))
    .join('\n\n');
}

export function readType(
  $: CheerioAPI,
  el: Element | undefined,
  pageUrl: string,
  where: string,
  scope: PageScope,
): TypeRef {
  const phrase = phraseOf($, el?.children ?? [], pageUrl);
  const type = parseTypePhrase(phrase);
  if (type) return type;
  const shown = displayText(phrase);
  scope.report(
    'warning',
    'unknown-type-phrase',
    where,
    `type "${shown}" is not a known type phrase`,
    'a model link, "Collection of …", "Dictionary of … [key] and … [value]" or a simple type name (string, integer, decimal number, boolean, date, …)',
  );
  return { kind: 'unknown', phrase: shown };
}

export function readMembers($: CheerioAPI, table: Table, pageUrl: string, where: string, scope: PageScope): Member[] {
  const members: Member[] = [];
  table.rows.forEach((row, i) => {
    const name = normalizeSpace($(cell(table, row, 'name')).text());
    if (name === '') {
      // A lone `None.` row or an empty row says nothing; anything else is worth a word.
      const text = normalizeSpace($(row).text());
      if (text !== '' && !isEmptyMarker(text)) {
        scope.report(
          'warning',
          'row-without-name',
          `${where} > row ${i + 1}`,
          `a table row has no name: "${text}"`,
          'a name in the Namn/Name column',
        );
      }
      return;
    }
    const rowWhere = `${where} > row "${name}"`;
    const annotations = parseAnnotations(cellParagraphs($, cell(table, row, 'info'), pageUrl));
    members.push({
      name,
      type: readType($, cell(table, row, 'type'), pageUrl, `${rowWhere} > type`, scope),
      required: annotations.required,
      constraints: annotations.constraints,
      description: cellDescription($, cell(table, row, 'description'), pageUrl),
      notes: annotations.notes,
      where: rowWhere,
    });
  });
  return members;
}
