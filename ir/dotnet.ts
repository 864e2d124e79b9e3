/**
 * Wire conventions of the ASP.NET Web API behind the help pages, shared by the stages that read
 * (scraper), describe (OpenAPI) or reconstruct (snapshot tool) its samples. The SDK runtime keeps
 * its own copy, since it ships on its own.
 */
import type { SimpleName } from './schema.js';

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
