/**
 * A line-fitting layout engine: the document model and algorithm of prettier's printer (Wadler's "prettier
 * printer" with prettier's `fits` rules), cut down to the commands the emitter uses. `printer.ts` builds the
 * documents the way prettier's TypeScript printer does for the constructs the SDK has, so the text comes out
 * already formatted, without loading prettier (or TypeScript) when generating.
 */

export type Doc = string | readonly Doc[] | Group | Indent | Line | IfBreak | IndentIfBreak;

interface Group {
  readonly kind: 'group';
  readonly contents: Doc;
  /** Broken whatever the width: asked for, or it holds a hard line or a broken group (prettier's `propagateBreaks`). */
  readonly broken: boolean;
  readonly id?: symbol;
  /** A `conditionalGroup`'s layouts, flattest first; `contents` is the first. */
  readonly states?: readonly Doc[];
}
interface Indent {
  readonly kind: 'indent';
  readonly contents: Doc;
}
interface Line {
  readonly kind: 'line';
  /** Prints nothing when flat (`softline`). */
  readonly soft: boolean;
  /** Always breaks (`hardline`). */
  readonly hard: boolean;
}
interface IfBreak {
  readonly kind: 'ifBreak';
  readonly broken: Doc;
  readonly flat: Doc;
}
interface IndentIfBreak {
  readonly kind: 'indentIfBreak';
  readonly contents: Doc;
  readonly groupId: symbol;
}

export const line: Doc = { kind: 'line', soft: false, hard: false };
export const softline: Doc = { kind: 'line', soft: true, hard: false };
export const hardline: Doc = { kind: 'line', soft: false, hard: true };

export function indent(contents: Doc): Doc {
  return { kind: 'indent', contents };
}

export function ifBreak(broken: Doc, flat: Doc = ''): Doc {
  return { kind: 'ifBreak', broken, flat };
}

/** `contents` indented when the group `groupId` broke (prettier's `indentIfBreak`). */
export function indentIfBreak(contents: Doc, groupId: symbol): Doc {
  return { kind: 'indentIfBreak', contents, groupId };
}

/** Whether `doc` forces its enclosing group to break; nested groups answer for themselves. */
function breaks(doc: Doc): boolean {
  if (typeof doc === 'string') return false;
  if (Array.isArray(doc)) return (doc as readonly Doc[]).some(breaks);
  const d = doc as Exclude<Doc, string | readonly Doc[]>;
  switch (d.kind) {
    case 'group':
      return d.broken;
    case 'line':
      return d.hard;
    case 'ifBreak':
      return breaks(d.broken) || breaks(d.flat);
    default:
      return breaks(d.contents);
  }
}

export function group(contents: Doc, options: { shouldBreak?: boolean; id?: symbol } = {}): Doc {
  return { kind: 'group', contents, broken: options.shouldBreak === true || breaks(contents), id: options.id };
}

/** The first of `states` that fits, else the last broken (prettier's `conditionalGroup`); breaks do not leak out. */
export function conditionalGroup(states: readonly Doc[]): Doc {
  return { kind: 'group', contents: states[0]!, broken: false, states };
}

export function join(separator: Doc, docs: readonly Doc[]): Doc[] {
  return docs.flatMap((d, i) => (i === 0 ? [d] : [separator, d]));
}

const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{1F300}-\u{1F64F}\u{1F900}-\u{1F9FF}\u{20000}-\u{3FFFD}]/u;

/** Columns a text takes, as prettier counts them: east-Asian wide characters two, combining marks none. */
export function textWidth(text: string): number {
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007F]*$/.test(text)) return text.length;
  let width = 0;
  for (const ch of text) {
    if (/\p{M}/u.test(ch)) continue;
    width += WIDE.test(ch) ? 2 : 1;
  }
  return width;
}

const FLAT = 0;
const BREAK = 1;
type Mode = typeof FLAT | typeof BREAK;
type Command = readonly [indentation: number, mode: Mode, doc: Doc];

/** Whether the text up to the next possible line break (in `rest` too) fits in `width` columns. */
function fits(next: Command, rest: readonly Command[], width: number): boolean {
  let restIndex = rest.length;
  const stack: [Mode, Doc][] = [[next[1], next[2]]];
  while (width >= 0) {
    if (stack.length === 0) {
      if (restIndex === 0) return true;
      const [, mode, doc] = rest[--restIndex]!;
      stack.push([mode, doc]);
      continue;
    }
    const [mode, doc] = stack.pop()!;
    if (typeof doc === 'string') {
      width -= textWidth(doc);
      continue;
    }
    if (Array.isArray(doc)) {
      for (let i = doc.length - 1; i >= 0; i--) stack.push([mode, (doc as readonly Doc[])[i]!]);
      continue;
    }
    const d = doc as Exclude<Doc, string | readonly Doc[]>;
    switch (d.kind) {
      case 'indent':
      case 'indentIfBreak':
        stack.push([mode, d.contents]);
        break;
      case 'group': {
        const groupMode = d.broken ? BREAK : mode;
        stack.push([groupMode, d.states !== undefined && groupMode === BREAK ? d.states.at(-1)! : d.contents]);
        break;
      }
      case 'ifBreak':
        stack.push([mode, mode === BREAK ? d.broken : d.flat]);
        break;
      case 'line':
        if (mode === BREAK || d.hard) return true;
        if (!d.soft) width -= 1;
        break;
    }
  }
  return false;
}

/** Lay `doc` out in `width` columns, two spaces an indentation level; lines carry no trailing blanks. */
export function printDoc(doc: Doc, width: number): string {
  const out: string[] = [];
  let column = 0;
  let remeasure = false;
  const modes = new Map<symbol, Mode>();
  const stack: Command[] = [[0, BREAK, doc]];
  while (stack.length > 0) {
    const [ind, mode, d] = stack.pop()!;
    if (typeof d === 'string') {
      out.push(d);
      column += textWidth(d);
      continue;
    }
    if (Array.isArray(d)) {
      for (let i = d.length - 1; i >= 0; i--) stack.push([ind, mode, (d as readonly Doc[])[i]!]);
      continue;
    }
    const c = d as Exclude<Doc, string | readonly Doc[]>;
    switch (c.kind) {
      case 'indent':
        stack.push([ind + 2, mode, c.contents]);
        break;
      case 'indentIfBreak':
        stack.push([modes.get(c.groupId) === BREAK ? ind + 2 : ind, mode, c.contents]);
        break;
      case 'ifBreak':
        stack.push([ind, mode, mode === BREAK ? c.broken : c.flat]);
        break;
      case 'group': {
        let chosen: Command;
        if (mode === FLAT && !remeasure) chosen = [ind, c.broken ? BREAK : FLAT, c.contents];
        else {
          remeasure = false;
          const flat: Command = [ind, FLAT, c.contents];
          if (!c.broken && fits(flat, stack, width - column)) chosen = flat;
          else if (c.states === undefined) chosen = [ind, BREAK, c.contents];
          else {
            const states = c.states;
            const last: Command = [ind, BREAK, states.at(-1)!];
            chosen = last;
            if (!c.broken)
              for (let i = 1; i < states.length - 1; i++) {
                const state: Command = [ind, FLAT, states[i]!];
                if (fits(state, stack, width - column)) {
                  chosen = state;
                  break;
                }
              }
          }
        }
        stack.push(chosen);
        if (c.id !== undefined) modes.set(c.id, chosen[1]);
        break;
      }
      case 'line':
        if (mode === FLAT && !c.hard) {
          if (!c.soft) {
            out.push(' ');
            column += 1;
          }
          break;
        }
        if (mode === FLAT) remeasure = true;
        while (out.length > 0 && / +$/.test(out.at(-1)!)) {
          const trimmed = out.pop()!.replace(/ +$/, '');
          if (trimmed !== '') {
            out.push(trimmed);
            break;
          }
        }
        out.push('\n' + ' '.repeat(ind));
        column = ind;
        break;
    }
  }
  return out.join('');
}
