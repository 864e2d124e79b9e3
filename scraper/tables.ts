/** Recognising a table by its header row (Swedish or English) and reading its cells by column role. */
import { isTag, type AnyNode, type Element } from 'domhandler';

import { textOf } from './dom.js';
import { normalizeSpace } from './text.js';

export type Column = 'name' | 'description' | 'type' | 'info' | 'api' | 'value' | 'id';

/** Header texts per column role, compared lower-cased. */
const COLUMN_HEADERS: Readonly<Record<Column, readonly string[]>> = {
  name: ['namn', 'name', 'имя', 'название'],
  description: ['beskrivning', 'description', 'beschreibung', 'описание'],
  type: ['typ', 'type', 'тип'],
  info: [
    'information',
    'additional information',
    'ytterligare information',
    'övrig information',
    'zusätzliche informationen',
    'weitere informationen',
    'дополнительная информация',
  ],
  api: ['api'],
  value: ['value', 'värde'],
  id: ['id'],
};

const COLUMN_BY_HEADER = new Map<string, Column>(
  (Object.entries(COLUMN_HEADERS) as [Column, readonly string[]][]).flatMap(([col, texts]) =>
    texts.map((t) => [t, col] as const),
  ),
);

/**
 * `properties`: `Namn | Beskrivning | Typ | Information` (parameters and model members);
 * `apis`: `API | Beskrivning` (a group's operations); `enum-values`: `Name | Value | Description`;
 * `enum-ids`: `Id | Name` (an enumeration reference page).
 */
export type TableKind = 'properties' | 'apis' | 'enum-values' | 'enum-ids';

export interface Table {
  el: Element;
  kind: TableKind | null;
  /** The header texts as shown. */
  headers: string[];
  /** Column index per recognised role. */
  columns: Partial<Record<Column, number>>;
  /** Body rows: the cells (`td`/`th`) of each. */
  rows: Element[][];
}

/**
 * The rows whose nearest table is `table` (those of a nested table are its own), in document order.
 * Walks, where `$(table).find('tr')` filtered by `closest('table')` compiled two selectors per table
 * and climbed from every row.
 */
function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  // An explicit stack: the page decides the depth.
  const stack: AnyNode[] = [...table.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!isTag(node) || node.name === 'table') continue;
    if (node.name === 'tr') rows.push(node);
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]!);
  }
  return rows;
}

function cellsOf(tr: Element): Element[] {
  return tr.children.filter((c): c is Element => isTag(c) && (c.name === 'td' || c.name === 'th'));
}

function columnsOf(headers: string[]): Partial<Record<Column, number>> {
  const columns: Partial<Record<Column, number>> = {};
  headers.forEach((h, i) => {
    const col = COLUMN_BY_HEADER.get(h.toLowerCase());
    if (col !== undefined && columns[col] === undefined) columns[col] = i;
  });
  return columns;
}

/** The stock views' cell classes: structure that holds whatever language the headers speak. */
const COLUMN_BY_CLASS: ReadonlyMap<string, Column> = new Map<string, Column>([
  ['parameter-name', 'name'],
  ['parameter-documentation', 'description'],
  ['parameter-type', 'type'],
  ['parameter-annotations', 'info'],
  ['api-name', 'api'],
  ['api-documentation', 'description'],
  ['enum-name', 'name'],
  ['enum-value', 'value'],
  ['enum-description', 'description'],
]);

/** Column roles from the first body row's cell classes (stock markup); header texts fill the rest. */
function columnsFromClasses(row: Element[] | undefined): Partial<Record<Column, number>> {
  const columns: Partial<Record<Column, number>> = {};
  (row ?? []).forEach((td, i) => {
    for (const c of (td.attribs['class'] ?? '').split(/\s+/)) {
      const col = COLUMN_BY_CLASS.get(c);
      if (col !== undefined && columns[col] === undefined) columns[col] = i;
    }
  });
  return columns;
}

function kindOf(c: Partial<Record<Column, number>>): TableKind | null {
  if (c.name !== undefined && c.type !== undefined) return 'properties';
  if (c.api !== undefined) return 'apis';
  if (c.name !== undefined && c.value !== undefined) return 'enum-values';
  if (c.id !== undefined && c.name !== undefined) return 'enum-ids';
  return null;
}

/** Read a table; the header is the `thead` row, else a first row of `th`s, else a first row of known header texts. */
export function readTable(table: Element): Table {
  const rows = ownRows(table);
  // Each row's cells listed once, for the header test and the body alike.
  const cells = rows.map(cellsOf);
  let head = rows.findIndex((tr) => tr.parent !== null && isTag(tr.parent) && tr.parent.name === 'thead');
  if (
    head < 0 &&
    cells.length > 0 &&
    (cells[0]!.some((c) => c.name === 'th') || kindOf(columnsOf(texts(cells[0]!))) !== null)
  )
    head = 0;
  const headers = head >= 0 ? texts(cells[head]!) : [];
  const body = cells.filter((row, i) => i !== head && row.length > 0);
  const columns = { ...columnsOf(headers), ...columnsFromClasses(body[0]) };
  return { el: table, kind: kindOf(columns), headers, columns, rows: body };
}

function texts(cells: readonly Element[]): string[] {
  return cells.map((c) => normalizeSpace(textOf(c)));
}

/** The cell of a row for a column role, if the table has that column and the row that cell. */
export function cell(table: Table, row: Element[], column: Column): Element | undefined {
  const i = table.columns[column];
  return i === undefined ? undefined : row[i];
}
