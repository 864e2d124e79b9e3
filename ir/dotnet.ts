/**
 * Wire conventions of the ASP.NET Web API behind the help pages, shared by the stages that read
 * (scraper), describe (OpenAPI) or reconstruct (snapshot tool) its samples. The SDK runtime keeps
 * its own copy, since it ships on its own.
 */

export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
/** Namespace of DataContract's primitive roots (`<boolean xmlns=…>true</boolean>`). */
export const SERIALIZATION_NS = 'http://schemas.microsoft.com/2003/10/Serialization/';
/** Namespace of the items of primitive collections (`<d2p1:string>`). */
export const ARRAYS_NS = 'http://schemas.microsoft.com/2003/10/Serialization/Arrays';

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
