/**
 * Groups of operations: on category and section pages (a heading, a one-line description, an
 * `API | Beskrivning` table) and on stock index pages (`<h2 id="Controller">` + `API | Description`).
 */
import type { Element } from 'domhandler';

import { decodeComponent } from '../snapshot/page-url.js';
import { descendantElements, flatten, linesOf, textOf } from './dom.js';
import { friendlyId } from './endpoint-id.js';
import type { GroupDraft } from './facts.js';
import type { PageContext } from './page-context.js';
import { isHeadingLike } from './sections.js';
import { cell, readTable, type Table } from './tables.js';
import { isEmptyMarker, normalizeSpace } from './text.js';

/** `CRM Newsletter` -> `CRM-Newsletter`: the heading with every run of other characters as one `-`. */
export function groupId(heading: string): string {
  return heading.replace(/[^\p{L}\p{N}_]+/gu, '-').replace(/^-+|-+$/g, '');
}

/** The operation id a row links to (`/Help/Api/{id}`), else the one its `METHOD path` text gives. */
function operationIdOf(ctx: PageContext, table: Table, row: Element[], where: string): string | null {
  const { url, scope } = ctx;
  const apiCell = cell(table, row, 'api') ?? row[0];
  const links = apiCell === undefined ? [] : descendantElements(apiCell).filter((el) => el.name === 'a');
  for (const a of links) {
    try {
      const m = /\/Api\/([^/]+)\/?$/i.exec(new URL(a.attribs['href'] ?? '', url).pathname);
      if (m) return decodeComponent(m[1]!);
    } catch {
      // Not a URL: fall back to the text below.
    }
  }
  const text = normalizeSpace(textOf(apiCell));
  const m = /^([A-Za-z]+)\s+\/?(\S+)$/.exec(text);
  if (m) {
    scope.report('api-row-without-link', where, { text });
    return friendlyId(m[1]!.toUpperCase(), m[2]!);
  }
  if (text !== '' && !isEmptyMarker(text)) scope.report('api-row-unreadable', where, { text });
  return null;
}

/** `elements`: every element under `root`, in document order. */
export function scrapeGroups(ctx: PageContext, root: Element, elements: readonly Element[]): GroupDraft[] {
  const { url, scope } = ctx;
  const groups: GroupDraft[] = [];
  let heading: Element | null = null;
  let current: GroupDraft | null = null;
  let description: string[] = [];
  for (const block of flatten(root, (el) => isHeadingLike(el), elements)) {
    if (block.kind === 'heading') {
      heading = block.el;
      current = null;
      description = [];
      continue;
    }
    for (const line of linesOf(block.nodes)) {
      if (line.kind === 'pre') continue;
      if (line.kind === 'text') {
        const text = normalizeSpace(textOf(line.nodes));
        if (text !== '' && !isEmptyMarker(text)) description.push(text);
        continue;
      }
      const table = readTable(line.el);
      if (table.kind !== 'apis') continue;
      if (!current) {
        const name = heading ? normalizeSpace(textOf(heading)) : '';
        const id = heading?.attribs['id']?.trim() || groupId(name);
        if (id === '') {
          scope.report('group-without-heading', 'table');
          continue;
        }
        current = {
          id,
          name: name || id,
          description: description.join('\n\n'),
          sourceUrl: url,
          operationIds: [],
          where: `group "${name || id}"`,
        };
        groups.push(current);
      }
      const group: GroupDraft = current;
      table.rows.forEach((row, i) => {
        const opId = operationIdOf(ctx, table, row, `${group.where} > row ${i + 1}`);
        if (opId !== null) group.operationIds.push(opId);
      });
    }
  }
  return groups;
}
