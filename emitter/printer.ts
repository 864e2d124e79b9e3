/**
 * The emitter's code model and its printer: declarations as plain data -> TypeScript text laid out exactly as
 * prettier 3 (printWidth 110, single quotes, trailing commas) lays out these constructs, so `generate` writes
 * formatted files without running prettier; test/emitter-printer.test.ts holds every emitted file to
 * `prettier.format(file) === file`. Each builder follows the prettier printer of the same construct (object,
 * array, call arguments, union, assignment layouts); blank lines follow the conventions the files always had:
 * one after the imports and around interfaces, classes, functions, methods and constructors.
 */
import {
  conditionalGroup,
  group,
  hardline,
  ifBreak,
  indent,
  indentIfBreak,
  join,
  line,
  printDoc,
  softline,
  type Doc,
} from './doc.js';

export const PRINT_WIDTH = 110;

export interface JsDocTag {
  readonly tagName: string;
  readonly text?: string;
}

/** A JSDoc comment: its text (a trailing newline leaves a blank line before the tags), then the tags. */
export interface JsDoc {
  readonly description?: string;
  readonly tags: readonly JsDocTag[];
}

export type Docs = readonly JsDoc[];

export interface Param {
  readonly name: string;
  readonly type: string;
  readonly optional?: boolean;
}

export interface PropertySignature {
  readonly name: string;
  readonly type: string;
  readonly optional?: boolean;
  readonly readonly?: boolean;
  readonly docs?: Docs;
}

export interface Method {
  readonly name: string;
  readonly docs?: Docs;
  readonly params: readonly Param[];
  readonly returnType?: string;
  readonly body: readonly Doc[];
}

export type Statement =
  | { kind: 'import'; module: string; names: readonly { name: string; typeOnly: boolean }[]; typeOnly: boolean }
  | { kind: 'export'; module?: string; names?: readonly string[]; typeOnly?: boolean }
  | { kind: 'interface'; name: string; docs?: Docs; properties: readonly PropertySignature[] }
  | { kind: 'type'; name: string; docs?: Docs; type: string }
  | { kind: 'const'; name: string; docs?: Docs; type?: string; initializer: Doc }
  | ({ kind: 'function'; docs?: Docs } & Method)
  | {
      kind: 'class';
      name: string;
      docs?: Docs;
      properties: readonly PropertySignature[];
      ctor: Omit<Method, 'name' | 'returnType'>;
      methods: readonly Method[];
    };

// --- literals -----------------------------------------------------------------------------------------------

/**
 * A string literal in prettier's quotes: single unless the text holds more single than double quotes, quotes
 * escaped only where they must be, other escapes kept as written. `json` is a JSON string literal.
 */
export function quoteJson(json: string): string {
  const raw = json.slice(1, -1);
  const doubles = (raw.match(/"/g) ?? []).length;
  const singles = (raw.match(/'/g) ?? []).length;
  const q = singles > doubles ? '"' : "'";
  const other = q === '"' ? "'" : '"';
  const body = raw.replace(/\\(.)|(["'])/gs, (match, escaped: string | undefined, quote: string | undefined) => {
    if (escaped === other) return escaped;
    if (quote === q) return `\\${quote}`;
    if (quote !== undefined) return quote;
    return /^[^\n\r"'0-7\\bfnrt-vx\u2028\u2029]$/.test(escaped!) ? escaped! : match;
  });
  return q + body + q;
}

export function str(value: string): string {
  return quoteJson(JSON.stringify(value));
}

/** A number as prettier prints it (`1e+21` -> `1e21`). */
function num(value: number): string {
  return JSON.stringify(value)
    .toLowerCase()
    .replace(/e\+/, 'e')
    .replace(/^([+-]?\d*\.\d*?)0+(?=e|$)/, '$1')
    .replace(/\.(?=e|$)/, '');
}

const ES5_NAME = /^[$_\p{L}\p{Nl}][$_\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}\u200C\u200D]*$/u;

/** A property key as written (bare, JSON-quoted or `["computed"]`), as prettier prints it (quoteProps as-needed). */
export function keyDoc(key: string): string {
  if (key.startsWith('[')) return `[${quoteJson(key.slice(1, -1))}]`;
  if (!key.startsWith('"')) return key;
  const value = JSON.parse(key) as string;
  return ES5_NAME.test(value) ? value : quoteJson(key);
}

/** Source written as it is, or laid out: the thunks by which descriptors refer to each other. */
export class Code {
  constructor(readonly doc: Doc) {}
}

/** `() => body`: an identifier body may go to the next line, an array stays on the arrow's line. */
export function arrow(body: Doc, bodyIsArray: boolean): Doc {
  return group(['() =>', bodyIsArray ? [' ', body] : group(indent([line, body]))]);
}

function isObjectish(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !(value instanceof Code);
}

function entriesOf(value: object): [string, unknown][] {
  return Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
}

/** An object property `key: value` in prettier's assignment layouts. */
function property(key: string, value: unknown, literalKey: (k: string) => string): Doc {
  const k = keyDoc(literalKey(key));
  const v = valueDoc(value, literalKey);
  // Keys narrower than tabWidth + 3 never break after the colon; strings break there, else only when needed.
  if (k.length < 5 && !k.startsWith('[')) return group([k, ': ', v]);
  if (typeof value === 'string') return group([k, ':', group(indent([line, v]))]);
  // An object, array or arrow opens on the key's line whatever follows (its first line break comes sooner).
  if (isObjectish(value) || (value instanceof Code && typeof value.doc !== 'string')) return group([k, ': ', v]);
  const id = Symbol('assignment');
  return group([k, ':', group(indent(line), { id }), indentIfBreak(v, id)]);
}

/** Plain data as a JavaScript literal; strings, numbers, booleans, null, arrays, objects and `Code`. */
export function valueDoc(value: unknown, literalKey: (k: string) => string, shouldBreak = false): Doc {
  if (value === null) return 'null';
  if (value instanceof Code) return value.doc;
  if (typeof value === 'string') return str(value);
  if (typeof value === 'number') return num(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value))
    return arrayDoc(
      value.map((v) => valueDoc(v, literalKey)),
      breaksArray(value),
    );
  if (typeof value === 'object') {
    const members = entriesOf(value).map(([k, v]) => property(k, v, literalKey));
    return objectDoc(members, shouldBreak);
  }
  throw new TypeError(`valueDoc: cannot write a ${typeof value} as a literal`);
}

/** prettier breaks an array of two or more objects (or arrays) that each have more than one member. */
function breaksArray(values: readonly unknown[]): boolean {
  if (values.length < 2) return false;
  const size = (v: unknown) => (Array.isArray(v) ? v.length : isObjectish(v) ? entriesOf(v as object).length : 0);
  const kind = (v: unknown) => (Array.isArray(v) ? 'array' : isObjectish(v) ? 'object' : 'other');
  return values.every((v) => kind(v) !== 'other' && kind(v) === kind(values[0]) && size(v) > 1);
}

export function arrayDoc(elements: readonly Doc[], shouldBreak = false): Doc {
  if (elements.length === 0) return '[]';
  return group(['[', indent([softline, join([',', line], elements)]), ifBreak(','), softline, ']'], { shouldBreak });
}

export function objectDoc(members: readonly Doc[], shouldBreak = false): Doc {
  if (members.length === 0) return '{}';
  return group(['{', indent([line, join([',', line], members)]), ifBreak(','), line, '}'], { shouldBreak });
}

/** Call arguments; an object last argument hugs the parentheses when the rest fits (prettier's last-arg expansion). */
export function callArgs(args: readonly Doc[], hugLast = false): Doc {
  if (args.length === 0) return '()';
  const broken = group(['(', indent([line, join([',', line], args)]), ',', line, ')'], { shouldBreak: true });
  if (!hugLast) return group(['(', indent([softline, join([',', line], args)]), ifBreak(','), softline, ')']);
  const init = args.slice(0, -1).flatMap((a) => [a, ', ']);
  const last = args.at(-1)!;
  return conditionalGroup([['(', ...init, last, ')'], ['(', ...init, group(last, { shouldBreak: true }), ')'], broken]);
}

// --- types --------------------------------------------------------------------------------------------------

type TypeNode =
  | { kind: 'union'; types: TypeNode[] }
  | { kind: 'array'; element: TypeNode }
  | { kind: 'ref'; name: string; args: TypeNode[] }
  | { kind: 'literal'; text: string }
  | { kind: 'object'; members: { key: string; type: TypeNode }[] };

/** Parses the type texts `type-map.ts` writes: names, generics, `[]`, unions, string literals, `{ k: T; … }`. */
function parseType(text: string): TypeNode {
  let at = 0;
  const fail = (): never => {
    throw new Error(`printer: cannot read the type ${JSON.stringify(text)} at ${at}`);
  };
  const skip = () => {
    while (text[at] === ' ') at++;
  };
  const eat = (token: string): boolean => {
    skip();
    if (!text.startsWith(token, at)) return false;
    at += token.length;
    return true;
  };
  const expect = (token: string) => {
    if (!eat(token)) fail();
  };
  const stringLiteral = (): string | null => {
    skip();
    const m = /^"(?:[^"\\]|\\.)*"/s.exec(text.slice(at));
    if (m === null) return null;
    at += m[0].length;
    return m[0];
  };
  const name = (): string => {
    skip();
    const m = /^[$_\p{L}\p{Nl}][$_\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}.]*/u.exec(text.slice(at));
    if (m === null) return fail();
    at += m[0].length;
    return m[0];
  };
  const union = (): TypeNode => {
    const types = [postfix()];
    while (eat('|')) types.push(postfix());
    return types.length === 1 ? types[0]! : { kind: 'union', types };
  };
  const postfix = (): TypeNode => {
    let node = primary();
    while (eat('[]')) node = { kind: 'array', element: node };
    return node;
  };
  const primary = (): TypeNode => {
    const literal = stringLiteral();
    if (literal !== null) return { kind: 'literal', text: quoteJson(literal) };
    if (eat('(')) {
      const inner = union();
      expect(')');
      return inner;
    }
    if (eat('{')) {
      const members: { key: string; type: TypeNode }[] = [];
      while (!eat('}')) {
        const key = stringLiteral() ?? name();
        expect(':');
        members.push({ key: keyDoc(key), type: union() });
        eat(';');
      }
      return { kind: 'object', members };
    }
    const id = name();
    const args: TypeNode[] = [];
    if (eat('<')) {
      do args.push(union());
      while (eat(','));
      expect('>');
    }
    return { kind: 'ref', name: id, args };
  };
  const node = union();
  skip();
  if (at !== text.length) fail();
  return node;
}

const KEYWORDS = new Set(['string', 'number', 'boolean', 'unknown', 'void', 'never', 'null', 'undefined', 'any']);

/** prettier's `shouldHugType`: a plain name, or an object type, or a union of a name or object type with `null`. */
function hugs(node: TypeNode): boolean {
  if (node.kind === 'ref' && node.args.length === 0) return true;
  if (node.kind === 'object') return true;
  if (node.kind === 'union') {
    const rest = node.types.filter((t) => !(t.kind === 'ref' && (t.name === 'null' || t.name === 'undefined')));
    return rest.length === 1 && (rest[0]!.kind === 'object' || rest[0]!.kind === 'ref');
  }
  return false;
}

/** Unions: broken one member a line, `| ` before each. */
function typeNodeDoc(node: TypeNode, context: 'annotation' | 'argument' | 'alias' | 'element'): Doc {
  switch (node.kind) {
    case 'literal':
      return node.text;
    case 'array':
      return [typeNodeDoc(node.element, 'element'), '[]'];
    case 'object': {
      if (node.members.length === 0) return '{}';
      const members = node.members.map((m) => [m.key, ': ', typeNodeDoc(m.type, 'annotation')]);
      return group(['{', indent([line, join([';', line], members)]), ifBreak(';'), line, '}']);
    }
    case 'ref': {
      if (node.args.length === 0) return node.name;
      if (node.args.length === 1 && hugs(node.args[0]!))
        return [node.name, '<', typeNodeDoc(node.args[0]!, 'argument'), '>'];
      const args = node.args.map((a) => typeNodeDoc(a, 'argument'));
      return group([node.name, '<', indent([softline, join([',', line], args)]), softline, '>']);
    }
    case 'union': {
      const members = node.types.map((t) => typeNodeDoc(t, 'element'));
      if (hugs(node)) return join(' | ', members);
      const broken = group([ifBreak('| '), join([line, '| '], members)]);
      // After a colon the union first moves to the next line whole, and breaks only if it does not fit there.
      return context === 'annotation' ? group(indent([softline, broken])) : broken;
    }
  }
}

/** Type arguments: a lone name or object type hugs the brackets, anything else may break inside them. */
export function typeArgs(text: string): Doc {
  const node = parseType(text);
  if (hugs(node)) return ['<', typeNodeDoc(node, 'argument'), '>'];
  return group(['<', indent([softline, typeNodeDoc(node, 'argument')]), softline, '>']);
}

export function typeDoc(text: string, context: 'annotation' | 'argument' | 'alias' = 'annotation'): Doc {
  if (KEYWORDS.has(text) || /^[A-Za-z_$][\w$]*$/.test(text)) return text;
  return typeNodeDoc(parseType(text), context);
}

// --- declarations -------------------------------------------------------------------------------------------

/** A JSDoc block as ts-morph wrote them: one line when the text is one line, else ` * ` lines. */
export function jsDocLines(doc: JsDoc): string[] {
  const tags = doc.tags.map((t) =>
    t.text === undefined || t.text === '' ? `@${t.tagName}` : `@${t.tagName} ${t.text}`,
  );
  const text = [...(doc.description === undefined ? [] : [doc.description]), ...tags].join('\n');
  const lines = text.split(/\r?\n/);
  if (lines.length === 1) return [`/** ${lines[0]} */`];
  if (lines[0] === '') lines.shift();
  return ['/**', ...lines.map((l) => (l.trim() === '' ? ' *' : ` * ${l.trimEnd()}`)), ' */'];
}

function withDocs(docs: Docs | undefined, doc: Doc): Doc {
  return [...(docs ?? []).flatMap((d) => jsDocLines(d).flatMap((l) => [l, hardline])), doc];
}

function signature(params: readonly Param[], returnType: string | undefined): Doc {
  const printed = params.map((p) => [p.name, p.optional ? '?' : '', ': ', typeDoc(p.type)]);
  const list =
    printed.length === 0 ? '()' : ['(', indent([softline, join([',', line], printed)]), ifBreak(','), softline, ')'];
  return group([list, returnType === undefined ? '' : [': ', typeDoc(returnType)]]);
}

function block(body: readonly Doc[]): Doc {
  return body.length === 0 ? '{}' : ['{', indent(body.map((s) => [hardline, s])), hardline, '}'];
}

function propertySignature(p: PropertySignature): Doc {
  return withDocs(p.docs, [
    p.readonly ? 'readonly ' : '',
    keyDoc(p.name),
    p.optional ? '?' : '',
    ': ',
    typeDoc(p.type),
    ';',
  ]);
}

function namedList(names: readonly string[]): Doc {
  if (names.length === 0) return '{}';
  if (names.length === 1) return `{ ${names[0]} }`;
  return group(['{', indent([line, join([',', line], names)]), ifBreak(','), line, '}']);
}

/** `left = right` in prettier's "fluid" layout: the right side moves down only when its first line does not fit. */
export function assignment(left: Doc, right: Doc): Doc {
  const id = Symbol('assignment');
  return group([left, ' =', group(indent(line), { id }), indentIfBreak(right, id)]);
}

/** `left = right` in "break-after-operator": a short call moves to the next line whole. */
export function assignmentBreakAfter(left: Doc, right: Doc): Doc {
  return group([left, ' =', group(indent([line, right]))]);
}

function statementDoc(s: Statement): Doc {
  switch (s.kind) {
    case 'import': {
      const names = s.names.map((n) => (n.typeOnly ? `type ${n.name}` : n.name));
      return [`import ${s.typeOnly ? 'type ' : ''}`, namedList(names), ` from ${str(s.module)};`];
    }
    case 'export': {
      const from = s.module === undefined ? '' : ` from ${str(s.module)}`;
      if (s.names === undefined) return `export *${from};`;
      return [`export ${s.typeOnly ? 'type ' : ''}`, namedList(s.names), `${from};`];
    }
    case 'interface':
      return withDocs(s.docs, [`export interface ${s.name} `, block(s.properties.map(propertySignature))]);
    case 'type':
      return withDocs(s.docs, [
        group([`export type ${s.name} =`, group(indent([line, typeDoc(s.type, 'alias')]))]),
        ';',
      ]);
    case 'const': {
      const left = `export const ${s.name}${s.type === undefined ? '' : `: ${s.type}`}`;
      return withDocs(s.docs, [assignment(left, s.initializer), ';']);
    }
    case 'function':
      return withDocs(s.docs, [`export function ${s.name}`, signature(s.params, s.returnType), ' ', block(s.body)]);
    case 'class': {
      const members: Doc[] = [];
      let spaced = false;
      const push = (doc: Doc, blank: boolean) => {
        if (members.length > 0) members.push(blank || spaced ? [hardline, hardline] : hardline);
        members.push(doc);
        spaced = blank;
      };
      for (const p of s.properties) push(propertySignature(p), false);
      push(withDocs(s.ctor.docs, ['constructor', signature(s.ctor.params, undefined), ' ', block(s.ctor.body)]), true);
      for (const m of s.methods)
        push(withDocs(m.docs, [m.name, signature(m.params, m.returnType), ' ', block(m.body)]), true);
      return withDocs(s.docs, [`export class ${s.name} {`, indent([hardline, members]), hardline, '}']);
    }
  }
}

/** Interfaces, classes and functions stand apart by a blank line; the imports end with one. */
function spaced(s: Statement): boolean {
  return s.kind === 'interface' || s.kind === 'class' || s.kind === 'function';
}

/** A whole file: `banner`, then the statements. */
export function printFile(banner: string, statements: readonly Statement[]): string {
  const parts: Doc[] = [];
  statements.forEach((s, i) => {
    const prev = statements[i - 1];
    if (prev !== undefined) {
      const blank = spaced(prev) || spaced(s) || (prev.kind === 'import' && s.kind !== 'import');
      parts.push(blank ? [hardline, hardline] : hardline);
    }
    parts.push(statementDoc(s));
  });
  return banner + printDoc([parts, hardline], PRINT_WIDTH);
}
