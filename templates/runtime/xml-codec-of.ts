/** The `XmlCodec` a client is given, made over one DOM implementation (see `xml.ts`, `xml-browser.ts`). */
import type { XmlCodec } from './operation.js';
import { readXml, writeXml, type XmlDom } from './xml-codec.js';
import { readXmlErrorBody } from './xml-error-body.js';

export function xmlCodecOver(dom: XmlDom): XmlCodec {
  return {
    write: writeXml,
    read: (text, type, path) => readXml(text, type, dom, path),
    readError: (text) => readXmlErrorBody(text, dom),
  };
}
