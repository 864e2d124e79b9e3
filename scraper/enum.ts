/** Enum members: `Name | Value | Description` tables (model pages) and `Id | Name` tables (enumeration reference pages). */
import type { EnumMember } from '../ir/schema.js';
import { textOf } from './dom.js';
import { cellDescription } from './members.js';
import type { PageContext } from './page-context.js';
import { cell, type Table } from './tables.js';
import { normalizeSpace } from './text.js';

export function readEnumMembers(ctx: PageContext, table: Table, where: string): EnumMember[] {
  const { scope } = ctx;
  const members: EnumMember[] = [];
  const byId = table.kind === 'enum-ids';
  table.rows.forEach((row, i) => {
    // On an enumeration reference page `Id` is the member and `Name` its (Swedish) description.
    const name = normalizeSpace(textOf(cell(table, row, byId ? 'id' : 'name')));
    if (name === '') {
      scope.report('row-without-name', `${where} > row ${i + 1}`, { table: 'enum', column: byId ? 'Id' : 'Name' });
      return;
    }
    const valueText = byId ? '' : normalizeSpace(textOf(cell(table, row, 'value')));
    let value: number | null = null;
    if (/^-?\d+$/.test(valueText)) value = Number(valueText);
    else if (valueText !== '') {
      scope.report('enum-value-not-integer', `${where} > row "${name}"`, { value: valueText });
    }
    const description = cellDescription(ctx, cell(table, row, byId ? 'name' : 'description'));
    members.push({ name, value, description });
  });
  return members;
}
