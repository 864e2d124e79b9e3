/**
 * Model pages (`/Help/ResourceModel?modelName=X`): a complex type (property table) or an enum
 * (`Name | Value | Description`); and enumeration reference pages (`/Help/EnumerationReference`,
 * `Id | Name`).
 */
import type { AnyNode, Element } from 'domhandler';

import { modelShortName } from '../ir/model-id.js';
import { flatten, isElement, linesOf, textOf } from './dom.js';
import { readEnumMembers } from './enum.js';
import type { TypeFact } from './facts.js';
import { isFrameworkResult } from './framework-types.js';
import { readMembers } from './members.js';
import type { PageContext } from './page-context.js';
import { findTitle } from './sections.js';
import { readTable, type Table } from './tables.js';
import { isEmptyMarker, normalizeSpace } from './text.js';
import { displayText, parseTypePhrase, phraseOf } from './type-phrase.js';

const isHeadingElement = (node: AnyNode): boolean => isElement(node) && /^h[1-6]$/.test(node.name);

/** The stock lead-in of an enum's table, not part of the description. */
const ENUM_LEAD_IN = /^(possible enumeration values|möjliga (?:uppräknings)?värden)\s*:?$/i;

/** A page's title, description paragraphs and tables, in that order. */
function readModelLayout(
  ctx: PageContext,
  root: Element,
  elements: readonly Element[],
): { title: string; paragraphs: string[]; tables: Table[]; typeLines: string[] } {
  const titleEl = findTitle(elements);
  const title = titleEl ? normalizeSpace(textOf(titleEl)) : '';
  const paragraphs: string[] = [];
  const typeLines: string[] = [];
  const tables: Table[] = [];
  // Only what follows the title: stock pages put a "Help Page Home" link before it.
  const blocks = flatten(root, (el) => el === titleEl, elements);
  const start = titleEl ? blocks.findIndex((b) => b.kind === 'heading') + 1 : 0;
  const nodes = blocks.slice(start).flatMap((b) => (b.kind === 'content' ? b.nodes : []));
  for (const line of linesOf(nodes)) {
    if (line.kind === 'table') {
      tables.push(readTable(line.el));
      continue;
    }
    if (line.kind === 'pre') continue;
    // A section heading (`<h2>Properties</h2>` before the table) labels what follows; it is not description.
    if (line.nodes.length === 1 && isHeadingElement(line.nodes[0]!)) continue;
    const phrase = phraseOf(ctx, line.nodes);
    const text = displayText(phrase);
    if (text === '' || text === title || isEmptyMarker(text) || ENUM_LEAD_IN.test(text)) continue;
    if (tables.length > 0) continue;
    if (parseTypePhrase(phrase)) typeLines.push(text);
    else paragraphs.push(text);
  }
  return { title, paragraphs, tables, typeLines };
}

/** `elements`: every element under `root`, in document order. */
export function scrapeModelPage(
  ctx: PageContext,
  root: Element,
  elements: readonly Element[],
  id: string,
): TypeFact | null {
  const { url, scope } = ctx;
  if (isFrameworkResult(id)) {
    scope.report('framework-type-page', 'page', { id });
    return null;
  }
  const layout = readModelLayout(ctx, root, elements);
  let name = layout.title;
  if (name === '') {
    name = modelShortName(id);
    scope.report('missing-model-title', 'title', { name });
  }
  const base = { id, name, description: layout.paragraphs.join('\n\n'), url, fromModelPage: true, where: 'table' };
  const table = layout.tables.find((t) => t.kind !== null);
  if (table?.kind === 'properties') {
    return { ...base, kind: 'complex', members: readMembers(ctx, table, 'table') };
  }
  if (table?.kind === 'enum-values' || table?.kind === 'enum-ids') {
    scope.kind = 'enum';
    return { ...base, kind: 'enum', members: readEnumMembers(ctx, table, 'table') };
  }
  if (table) {
    scope.report('unexpected-table', 'table', { headers: table.headers, modelPage: true });
    return null;
  }
  if (layout.tables.length > 0) {
    scope.report('unknown-table', 'table', { headers: layout.tables[0]!.headers });
    return null;
  }
  if (layout.typeLines.length > 0) {
    // A collection or generic shown as "Collection of X": an alias the IR has no place for.
    scope.report('model-alias', 'body', { typeLine: layout.typeLines[0]!, id });
    return null;
  }
  scope.report('model-without-members', 'body', { id });
  return { ...base, kind: 'complex', members: [] };
}

export function scrapeEnumerationPage(
  ctx: PageContext,
  root: Element,
  elements: readonly Element[],
  id: string,
): TypeFact | null {
  const { url, scope } = ctx;
  const layout = readModelLayout(ctx, root, elements);
  const name = layout.title || modelShortName(id);
  const table = layout.tables.find((t) => t.kind === 'enum-ids' || t.kind === 'enum-values');
  if (!table) {
    scope.report('missing-enum-table', 'table');
    return null;
  }
  return {
    id,
    name,
    description: layout.paragraphs.join('\n\n'),
    url,
    fromModelPage: true,
    where: 'table',
    kind: 'enum',
    members: readEnumMembers(ctx, table, 'table'),
  };
}
