/**
 * The XML codec as one value a client is given (`{ format: 'xml', xml: xmlCodec }`), over saxes
 * (`xml-dom-node.ts`): the SDK's `/xml` entry on Node.js (browsers get `xml-browser.ts`). Kept out of the
 * main entry so that JSON users never load an XML parser.
 */
import type { TypeDesc } from './schema.js';
import { xmlCodecOver } from './xml-codec-of.js';
import { readXml as readWith } from './xml-codec.js';
import { saxesDom } from './xml-dom-node.js';

export { writeXml } from './xml-codec.js';

export const xmlCodec = /* @__PURE__ */ xmlCodecOver(saxesDom);

/** DataContract XML text -> the TS value, read with saxes. */
export function readXml(text: string, type: TypeDesc, path = 'response'): unknown {
  return readWith(text, type, saxesDom, path);
}
