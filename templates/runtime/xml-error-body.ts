/**
 * ASP.NET Web API's `HttpError` in XML:
 * `<Error><Message>…</Message><ModelState><notification.Header>…</notification.Header></ModelState></Error>`,
 * where a key that is no XML name is encoded as `_xHHHH_`. Part of the XML entry, so reading an
 * error body never loads an XML parser for a client that was not given one.
 */
import { errorBody, type ErrorBody } from './error-body.js';
import type { ValidationMessage } from './errors.js';
import { childElements, parseXml, type XmlDom } from './xml-codec.js';

/** `_x005B_` -> `[`: the encoding XmlConvert applies to characters an XML name cannot hold. */
function decodeXmlName(name: string): string {
  return name.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Throws when `text` is not well-formed XML (the caller then reads it as text). */
export function readXmlErrorBody(text: string, dom: XmlDom): ErrorBody {
  const root = parseXml(text, dom, 'error body').documentElement!;
  const children = childElements(root);
  const textOf = (name: string): string | null =>
    children.find((c) => c.localName === name)?.textContent ?? null;
  const modelState: ValidationMessage[] = [];
  for (const state of children.filter((c) => c.localName === 'ModelState')) {
    for (const entry of childElements(state)) {
      const field = decodeXmlName(entry.localName ?? '');
      modelState.push({ field: field === '' ? null : field, message: entry.textContent ?? '' });
    }
  }
  return errorBody(textOf('Message'), textOf('ExceptionMessage'), modelState);
}
