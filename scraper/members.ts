/** Rows of a property table (`Namn | Beskrivning | Typ | Information`): parameters and model members. */
import { isTag, type AnyNode, type Element } from 'domhandler';

import type { Constraints, DefaultValue, TypeRef } from '../ir/schema.js';
import { parseAnnotations } from './annotations.js';
import { typedDefault } from './defaults.js';
import { linesOf, textOf } from './dom.js';
import type { PageContext } from './page-context.js';
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
  /** From `Default value is X`, typed by `type`. */
  default?: DefaultValue;
  /** A row the page strikes through (an obsolete member). */
  deprecated?: true;
  /** Place on the page, for diagnostics. */
  where: string;
}

/** The optional facts of a member, as the IR's properties and parameters carry them. */
/** What a member says that a parameter bound from it says too: its type, requiredness, constraints and docs. */
export function memberAsParameter(
  m: Pick<Member, 'type' | 'required' | 'constraints' | 'description' | 'notes' | 'default' | 'deprecated'>,
): Pick<Member, 'type' | 'required' | 'constraints' | 'description' | 'notes' | 'default' | 'deprecated'> {
  return {
    type: m.type,
    required: m.required,
    constraints: m.constraints,
    description: m.description,
    notes: m.notes,
    ...memberExtras(m),
  };
}

export function memberExtras(m: Pick<Member, 'default' | 'deprecated'>): Pick<Member, 'default' | 'deprecated'> {
  return {
    ...(m.default === undefined ? {} : { default: m.default }),
    ...(m.deprecated ? { deprecated: true as const } : {}),
  };
}

/** Strike-through marks of an obsolete row: a class (`obsolete`, `deprecated`, `strike…`), an inline style, `<s>`/`<del>`. */
const STRUCK_CLASS = /(?:^|\s)(?:obsolete|deprecated|strike\S*|line-through|text-strike\S*)(?:\s|$)/i;

const STRIKE_TAGS = new Set(['s', 'del', 'strike']);

function isMarked(el: Element): boolean {
  const cls = el.attribs['class'];
  const style = el.attribs['style'];
  return (cls !== undefined && STRUCK_CLASS.test(cls)) || (style !== undefined && /line-through/i.test(style));
}

function isStruck(row: readonly Element[]): boolean {
  const tr = row[0]?.parent;
  if (tr && isTag(tr) && isMarked(tr)) return true;
  return row.some((td) => {
    if (isMarked(td)) return true;
    // A walk, not `$(td).find('s, del, strike')`: compiling that selector for every cell of every
    // table was a tenth of the scrape. Same elements, in document order; most cells have none.
    const struck = strikeElements(td);
    return struck.length > 0 && textOf(struck).trim() === textOf(td).trim();
  });
}

/** The `s`, `del` and `strike` elements under `el` in document order, listed without a list of every element. */
function strikeElements(el: Element): Element[] {
  const found: Element[] = [];
  // An explicit stack: the page decides the depth.
  const stack: AnyNode[] = [...el.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!isTag(node)) continue;
    if (STRIKE_TAGS.has(node.name)) found.push(node);
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]!);
  }
  return found;
}

/** The paragraphs of a cell as displayed text (links as their text). */
export function cellParagraphs(ctx: PageContext, el: Element | undefined): string[] {
  if (!el) return [];
  return linesOf(el.children)
    .map((line) => (line.kind === 'text' ? displayText(phraseOf(ctx, line.nodes)) : normalizeSpace(textOf(line.el))))
    .filter((t) => t !== '');
}

export function cellDescription(ctx: PageContext, el: Element | undefined): string {
  return cellParagraphs(ctx, el)
    .filter((p) => !isEmptyMarker(p))
    .join('\n\n');
}

export function readType(ctx: PageContext, el: Element | undefined, where: string): TypeRef {
  const { scope } = ctx;
  const phrase = phraseOf(ctx, el?.children ?? []);
  const type = parseTypePhrase(phrase);
  if (type) return type;
  const shown = displayText(phrase);
  scope.report('unknown-type-phrase', where, { phrase: shown });
  return { kind: 'unknown', phrase: shown };
}

export function readMembers(ctx: PageContext, table: Table, where: string): Member[] {
  const { scope } = ctx;
  const members: Member[] = [];
  table.rows.forEach((row, i) => {
    const name = normalizeSpace(textOf(cell(table, row, 'name')));
    if (name === '') {
      // A lone `None.` row or an empty row says nothing; anything else is worth a word.
      const text = normalizeSpace(textOf(row));
      if (text !== '' && !isEmptyMarker(text)) {
        scope.report('row-without-name', `${where} > row ${i + 1}`, { table: 'members', text });
      }
      return;
    }
    const rowWhere = `${where} > row "${name}"`;
    const annotations = parseAnnotations(cellParagraphs(ctx, cell(table, row, 'info')));
    const type = readType(ctx, cell(table, row, 'type'), `${rowWhere} > type`);
    const notes = [...annotations.notes];
    let value: DefaultValue | null = null;
    if (annotations.defaultText !== undefined) {
      value = typedDefault(annotations.defaultText, type);
      if (value === null) {
        // Kept where a reader sees it, but not turned into a default the API might reject.
        notes.push(`Default value is ${annotations.defaultText}`);
        scope.report('default-value-mismatch', `${rowWhere} > annotations`, {
          defaultText: annotations.defaultText,
          type: displayType(type),
        });
      }
    }
    members.push({
      name,
      type,
      required: annotations.required,
      constraints: annotations.constraints,
      description: cellDescription(ctx, cell(table, row, 'description')),
      notes,
      ...memberExtras({
        ...(value === null ? {} : { default: value }),
        ...(isStruck(row) ? { deprecated: true } : {}),
      }),
      where: rowWhere,
    });
  });
  return members;
}

function displayType(type: TypeRef): string {
  switch (type.kind) {
    case 'simple':
      return type.name;
    case 'unknown':
      return `"${type.phrase}"`;
    default:
      return type.kind;
  }
}
