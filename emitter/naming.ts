/**
 * Identifier rules for the generated SDK. Every name the emitter invents goes through here, so the
 * rules live in one place and the SDK README can state them:
 *
 * - Words: a source name is split into words at every character that is not a letter or digit;
 *   å/ä/ö become a/a/o (any other accent is dropped too), anything still outside [A-Za-z0-9] goes.
 * - `pascalCase` keeps each word's inner casing and upper-cases its first letter
 *   (`CRM-Newsletter` -> `CRMNewsletter`); `camelCase` lowers the leading capital run of the first
 *   word by Json.NET's rule (`jsonCamelCase` in `ir/dotnet.ts`, so a key matches its JSON name) (`SMS` -> `sms`, `GDPRApproval` -> `gdprApproval`) and turns later
 *   all-capital words into `Crm` (`CRM-Kontakter` -> `crmKontakter`).
 * - An identifier that would start with a digit gets a leading `_`; an empty one becomes `_`.
 * - A reserved word (JavaScript/TypeScript keywords and the globals the generated code uses) is
 *   treated as already taken, so the caller's collision rule applies to it.
 * - Duplicates: `uniqueName` appends 2, 3, … to the later claimant; callers claim in a fixed order
 *   (type id, operation id, group id), so the same input always yields the same names.
 */
import { jsonCamelCase } from '../ir/dotnet.js';

/** JavaScript and TypeScript words that cannot, or should not, name a value or a type. */
const KEYWORDS = new Set([
  'abstract',
  'any',
  'arguments',
  'as',
  'async',
  'await',
  'bigint',
  'boolean',
  'break',
  'case',
  'catch',
  'class',
  'const',
  'constructor',
  'continue',
  'debugger',
  'declare',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'eval',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'from',
  'function',
  'get',
  'if',
  'implements',
  'import',
  'in',
  'infer',
  'instanceof',
  'interface',
  'is',
  'keyof',
  'let',
  'module',
  'namespace',
  'never',
  'new',
  'null',
  'number',
  'object',
  'of',
  'package',
  'private',
  'protected',
  'public',
  'readonly',
  'require',
  'return',
  'satisfies',
  'set',
  'static',
  'string',
  'super',
  'switch',
  'symbol',
  'this',
  'throw',
  'true',
  'try',
  'type',
  'typeof',
  'undefined',
  'unique',
  'unknown',
  'var',
  'void',
  'while',
  'with',
  'yield',
]);

/**
 * Global types and values the generated code refers to by name: a model called `Promise` or
 * `Record` would shadow them in the files that import it.
 */
const GLOBALS = new Set([
  'AbortSignal',
  'Array',
  'Boolean',
  'Date',
  'Error',
  'Function',
  'JSON',
  'Map',
  'Math',
  'Number',
  'Object',
  'Partial',
  'Promise',
  'Readonly',
  'ReadonlyArray',
  'Record',
  'Set',
  'String',
  'Symbol',
  'Uint8Array',
]);

/**
 * Globals of browsers and Node.js that callers use by name: the generated code never refers to
 * them, but a caller who imports a model of that name (`Notification`) shadows the global in that
 * module, so such a model is also exported under a second name.
 */
const AMBIENT_GLOBALS = new Set([
  'Attr',
  'Audio',
  'Blob',
  'Buffer',
  'Comment',
  'Credential',
  'Crypto',
  'Document',
  'Element',
  'Event',
  'File',
  'FormData',
  'Headers',
  'History',
  'Image',
  'Location',
  'Navigator',
  'Node',
  'Notification',
  'Option',
  'Performance',
  'Range',
  'Request',
  'Response',
  'Screen',
  'Selection',
  'Storage',
  'Text',
  'URL',
  'Window',
  'Worker',
]);

export function shadowsAmbientGlobal(name: string): boolean {
  return AMBIENT_GLOBALS.has(name);
}

/** Names a parameter, variable, type or exported value may not take. */
export function isReserved(name: string): boolean {
  return KEYWORDS.has(name) || GLOBALS.has(name);
}

/** Names a class member may not take (keywords are fine after a dot: `client.crmBid.delete()`). */
export function isReservedMember(name: string): boolean {
  return name === 'constructor' || name === '__proto__' || name === 'prototype';
}

/** Replace å/ä/ö (and any other diacritic) by the bare letter. */
export function transliterate(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** The ASCII words of a name: split at anything that is not a letter or a digit. */
export function words(text: string): string[] {
  return transliterate(text)
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0);
}

function fixLeadingDigit(id: string): string {
  if (id.length === 0) return '_';
  return /^[0-9]/.test(id) ? `_${id}` : id;
}

export function upperFirst(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `CRM-Newsletter` -> `CRMNewsletter`, `Notification` -> `Notification`, `3D-vy` -> `_3DVy`. */
export function pascalCase(text: string): string {
  return fixLeadingDigit(words(text).map(upperFirst).join(''));
}

/** `CRM-Kontakter` -> `crmKontakter`, `PageSize` -> `pageSize`, `SMS` -> `sms`. */
export function camelCase(text: string): string {
  const parts = words(text);
  const [first, ...rest] = parts;
  if (first === undefined) return '_';
  const tail = rest.map((w) => (w.length > 1 && w === w.toUpperCase() ? upperFirst(w.toLowerCase()) : upperFirst(w)));
  return fixLeadingDigit(jsonCamelCase(first) + tail.join(''));
}

/** A module file name: kebab-case, lower-case ASCII (`CRM-Newsletter` -> `crm-newsletter`). */
export function fileName(text: string): string {
  const parts = words(text).flatMap((w) => w.split(/(?<=[a-z0-9])(?=[A-Z])/));
  const name = parts.map((w) => w.toLowerCase()).join('-');
  return name.length > 0 ? name : '_';
}

/**
 * The module stem of a generated file named for a source name (a group id, a namespace prefix): the
 * kebab-case of its camelCase, so client and model files split words alike (`CustomerSatisfaction`
 * -> `customer-satisfaction`, `CRM-Kontakter` -> `crm-kontakter`, `CRMNewsletter` -> `crm-newsletter`).
 */
export function moduleFileName(text: string): string {
  return fileName(camelCase(text));
}

/** True when `name` can be written as a bare property key or identifier. */
export function isIdentifier(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
}

/** A property key as it must appear in source: bare when possible, else a quoted string. */
export function propertyKey(name: string): string {
  return isIdentifier(name) ? name : JSON.stringify(name);
}

/**
 * A key in an object literal (a value, not a type): `__proto__`, bare or quoted, would set the
 * object's prototype there instead of a member, so it is written as a computed key.
 */
export function literalKey(name: string): string {
  return name === '__proto__' ? `[${JSON.stringify(name)}]` : propertyKey(name);
}

export interface UniqueOptions {
  /** Compare lower-cased (file names, which must also differ on case-insensitive disks). */
  caseInsensitive?: boolean;
  /** Names that count as taken from the start; default `isReserved`. */
  reserved?: (name: string) => boolean;
}

/**
 * Return `base`, or `base2`, `base3`, … — the first that is neither in `taken` nor reserved;
 * records the result in `taken`.
 */
export function uniqueName(base: string, taken: Set<string>, options: UniqueOptions = {}): string {
  const key = (n: string): string => (options.caseInsensitive ? n.toLowerCase() : n);
  const reserved = options.reserved ?? isReserved;
  const free = (n: string): boolean => !taken.has(key(n)) && !reserved(n);
  let name = base;
  for (let n = 2; !free(name); n += 1) name = `${base}${n}`;
  taken.add(key(name));
  return name;
}
