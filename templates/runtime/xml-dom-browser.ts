/**
 * The DOM the XML codec reads with in browsers: the platform's `DOMParser` and `XMLSerializer`, so a
 * browser bundle carries no XML parser of its own (the SDK's `/xml` entry maps here under the
 * `browser` export condition). A browser reports a malformed document as a `parsererror` element
 * rather than by throwing; that is turned into an error here. It never expands external entities,
 * and the codec refuses any DOCTYPE before parsing.
 */
import type { XmlDocument, XmlDom, XmlElement } from './xml-codec.js';

export const platformDom: XmlDom = {
  parse: (text) => {
    const doc = new DOMParser().parseFromString(text, 'text/xml');
    const error = doc.getElementsByTagName('parsererror')[0];
    if (error !== undefined) throw new Error(error.textContent?.trim() || 'the document is not well-formed');
    return doc as unknown as XmlDocument;
  },
  serialize: (element: XmlElement) => new XMLSerializer().serializeToString(element as unknown as Node),
};
