/**
 * Wire conventions of the ASP.NET Web API behind the help pages, shared by the stages that read
 * (scraper), describe (OpenAPI) or reconstruct (snapshot tool) its samples. The SDK runtime keeps
 * its own copy, since it ships on its own.
 */
import type { JsonNaming, SimpleName } from './schema.js';

export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
/** Namespace of DataContract's primitive roots (`<boolean xmlns=…>true</boolean>`). */
export const SERIALIZATION_NS = 'http://schemas.microsoft.com/2003/10/Serialization/';
/** Namespace of the items of primitive collections (`<d2p1:string>`). */
export const ARRAYS_NS = 'http://schemas.microsoft.com/2003/10/Serialization/Arrays';

/**
 * The XML Schema names DataContract gives .NET primitives (roots and collection items). `integer`
 * covers Int16/32/64 on the help page; `int` is the common case and the only one we can name
 * without the CLR type.
 */
export const PRIMITIVE_XML_NAMES: Readonly<Record<SimpleName, string>> = {
  string: 'string',
  integer: 'int',
  decimal: 'decimal',
  double: 'double',
  float: 'float',
  boolean: 'boolean',
  date: 'dateTime',
  guid: 'guid',
  timespan: 'duration',
  uri: 'anyURI',
  byte: 'unsignedByte',
  char: 'char',
  object: 'anyType',
};

/** Namespace of `KeyValuePair` contracts (a `pair`) and their `key`/`value` members. */
export const GENERIC_NS = 'http://schemas.datacontract.org/2004/07/System.Collections.Generic';

/** DataContract's element name for `Collection of byte`. */
export const BINARY_XML_NAME = 'base64Binary';

const isUpper = (c: string): boolean => /^\p{Lu}$/u.test(c);
const isSeparator = (c: string): boolean => /^\p{Z}$/u.test(c);

/**
 * Json.NET's `CamelCaseNamingStrategy`: lower-case the leading run of capitals, keeping the last
 * one when a lower-case letter follows (`SMS` -> `sms`, `GDPRApprovalDate` -> `gdprApprovalDate`,
 * `URLAddress` -> `urlAddress`, `Id` -> `id`).
 */
export function jsonCamelCase(name: string): string {
  const chars = [...name];
  if (chars.length === 0 || !isUpper(chars[0]!)) return name;
  for (let i = 0; i < chars.length; i++) {
    if (i === 1 && !isUpper(chars[i]!)) break;
    const next = chars[i + 1];
    if (i > 0 && next !== undefined && !isUpper(next)) {
      if (isSeparator(next)) chars[i] = chars[i]!.toLowerCase();
      break;
    }
    chars[i] = chars[i]!.toLowerCase();
  }
  return chars.join('');
}

/** XML 1.0 (fifth edition) NameStartChar ranges, less `:` (an NCName). */
const NAME_START: readonly [number, number][] = [
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x2ff],
  [0x370, 0x37d],
  [0x37f, 0x1fff],
  [0x200c, 0x200d],
  [0x2070, 0x218f],
  [0x2c00, 0x2fef],
  [0x3001, 0xd7ff],
  [0xf900, 0xfdcf],
  [0xfdf0, 0xfffd],
  [0x10000, 0xeffff],
];
/** The further NameChar ranges: `-`, `.`, digits, `·`, combining marks, `‿⁀`. */
const NAME_REST: readonly [number, number][] = [
  [0x2d, 0x2e],
  [0x30, 0x39],
  [0xb7, 0xb7],
  [0x300, 0x36f],
  [0x203f, 0x2040],
];
const inRanges = (code: number, ranges: readonly [number, number][]): boolean =>
  ranges.some(([lo, hi]) => code >= lo && code <= hi);

/** Can `c` stand at position `i` of an XML NCName? */
const nameChar = (c: string, i: number): boolean => {
  const code = c.codePointAt(0)!;
  return inRanges(code, NAME_START) || (i > 0 && inRanges(code, NAME_REST));
};

/** An XML NCName (an element name without a prefix); the SDK runtime keeps its own copy (a drift test compares them). */
export function isXmlName(name: string): boolean {
  const chars = [...name];
  return chars.length > 0 && chars.every(nameChar);
}

/** An underscore XmlConvert would read as the start of an escape, so it escapes the underscore itself. */
const ESCAPE_LIKE = /^_[Xx]([0-9A-Fa-f]{4}|[0-9A-Fa-f]{8})_/;

/**
 * `XmlConvert.EncodeLocalName`, which DataContractSerializer applies to member names: a character
 * an XML NCName cannot hold (at its position) becomes `_xHHHH_` (`_xHHHHHHHH_` above the BMP), as
 * does an underscore that would read as such an escape (`1st` -> `_x0031_st`, `/*` ->
 * `_x002F__x002A_`).
 */
export function encodeXmlName(name: string): string {
  const chars = [...name];
  let out = '';
  let offset = 0;
  chars.forEach((c, i) => {
    const code = c.codePointAt(0)!;
    const valid = nameChar(c, i) && !(c === '_' && ESCAPE_LIKE.test(name.slice(offset)));
    const hex = code
      .toString(16)
      .toUpperCase()
      .padStart(code > 0xffff ? 8 : 4, '0');
    out += valid ? c : `_x${hex}_`;
    offset += c.length;
  });
  return out;
}

/** `XmlConvert.DecodeName`: `_x002F__x002A_` -> `/*`. */
export function decodeXmlName(name: string): string {
  return name.replace(/_[Xx]([0-9A-Fa-f]{8}|[0-9A-Fa-f]{4})_/g, (escape, hex: string) => {
    const code = parseInt(hex, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : escape;
  });
}

/** A `pair`'s two members on the JSON wire: Json.NET's `KeyValuePairConverter` names `Key` and `Value` by the resolver. */
export function pairJsonNames(naming: JsonNaming): [key: string, value: string] {
  return [nameByRule('Key', naming), nameByRule('Value', naming)];
}

/** A member's JSON name under a naming convention: the CLR name, or Json.NET's camelCase of it. */
export function nameByRule(clrName: string, naming: JsonNaming): string {
  return naming === 'camel' ? jsonCamelCase(clrName) : clrName;
}

/**
 * A member's JSON name in an operation that names members by `naming` (`Operation.jsonNaming`):
 * a name either rule gives is renamed by `naming`; a custom name (`[JsonProperty]`) stays, as
 * Json.NET's resolvers leave it.
 */
export function jsonNameUnder(member: { clrName: string; jsonName: string }, naming: JsonNaming | undefined): string {
  if (naming === undefined) return member.jsonName;
  const { clrName, jsonName } = member;
  return jsonName === clrName || jsonName === jsonCamelCase(clrName) ? nameByRule(clrName, naming) : jsonName;
}
