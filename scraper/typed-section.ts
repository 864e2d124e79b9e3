/**
 * A section that documents a type: `Body Parameters` or `Resource Description`. It holds
 * description paragraphs, type lines (a model link, `Collection of` + link, a simple name) and,
 * after a model's type line, that model's property table. Several type lines each followed by a
 * table are a polymorphic result.
 */
import type { AnyNode } from 'domhandler';

import type { TypeRef } from '../ir/schema.js';
import { refIds } from '../ir/type-ref.js';
import { descendantElements, inTabStrip, isElement, linesOf, textOf, type Line } from './dom.js';
import type { PageContext } from './page-context.js';
import { readTable, type Table } from './tables.js';
import { isEmptyMarker } from './text.js';
import { displayText, phraseOf, splitTypeLine, type ModelLink } from './type-phrase.js';

export interface TypedSection {
  /** Description paragraphs, joined by blank lines. */
  description: string;
  /** The type lines, in page order. */
  types: TypeRef[];
  /** Tables, each with the model whose type line precedes it (null when none does). */
  tables: { model: ModelLink | null; table: Table }[];
}

/** Tab strips (`<a href="#CrmCompanyContact103">`) and other in-page navigation: not content. */
function isNavigation(line: Line): boolean {
  if (line.kind !== 'text') return false;
  const elements = line.nodes.filter(isElement);
  if (elements.some(inTabStrip)) return true;
  // The links of the line in document order: the nodes that are links, then the links inside each.
  const anchors = elements.flatMap((el) => [el, ...descendantElements(el)]).filter((el) => el.name === 'a');
  if (anchors.length === 0 || !anchors.every((a) => (a.attribs['href'] ?? '').startsWith('#'))) return false;
  const anchorText = textOf(anchors).replace(/\s+/g, '');
  return textOf(line.nodes).replace(/\s+/g, '') === anchorText;
}

export function readTypedSection(ctx: PageContext, nodes: readonly AnyNode[]): TypedSection {
  const paragraphs: string[] = [];
  const types: TypeRef[] = [];
  const tables: TypedSection['tables'] = [];
  let pending: ModelLink | null = null;
  for (const line of linesOf(nodes)) {
    if (isNavigation(line) || line.kind === 'pre') continue;
    if (line.kind === 'table') {
      tables.push({ model: pending, table: readTable(line.el) });
      pending = null;
      continue;
    }
    const phrase = phraseOf(ctx, line.nodes);
    const shown = displayText(phrase);
    if (shown === '' || isEmptyMarker(shown)) continue;
    const typed = splitTypeLine(phrase);
    if (typed === null) {
      paragraphs.push(shown);
      continue;
    }
    if (typed.description !== '') paragraphs.push(typed.description);
    types.push(typed.type);
    const last = refIds(typed.type).at(-1);
    pending = last === undefined ? null : (phrase.links.find((l) => l.id === last) ?? null);
  }
  return { description: paragraphs.join('\n\n'), types, tables };
}
