/**
 * The DOM the XML codec reads with on Node.js (and anywhere without a platform `DOMParser`):
 * @xmldom/xmldom, namespace-aware and well kept. The only module that imports it.
 */
import { DOMParser, XMLSerializer, type Element } from '@xmldom/xmldom';

import type { XmlDocument, XmlDom, XmlElement } from './xml-codec.js';

export const xmldom: XmlDom = {
  parse: (text) =>
    new DOMParser({
      locator: false,
      // Errors thrown rather than logged, so a malformed document is a CodecError.
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text, 'text/xml') as unknown as XmlDocument,
  serialize: (element: XmlElement) => new XMLSerializer().serializeToString(element as unknown as Element),
};
