/**
 * An XML sample as the wire walkers read it: each element's namespace-resolved name, its `i:type`, and its child
 * elements, nothing else (text, comments and other attributes say nothing about names). Read by saxes, a streaming
 * namespace-aware parser, rather than into a full DOM: a tree of what the walkers use costs an eighth of the time.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

import { XSI_NS } from '../ir/dotnet.js';

export interface SampleElement {
  readonly localName: string;
  /** Null for an element in no namespace. */
  readonly namespaceURI: string | null;
  /** The value of its `i:type` attribute (a QName, prefix and all), if it has one. */
  readonly xsiType: string | null;
  readonly children: readonly SampleElement[];
}

export class XmlSampleError extends Error {
  override name = 'XmlSampleError';
}

interface Building extends SampleElement {
  readonly children: SampleElement[];
}

function elementOf(tag: SaxesTagNS): Building {
  let xsiType: string | null = null;
  for (const attr of Object.values(tag.attributes))
    if (attr.uri === XSI_NS && attr.local === 'type') xsiType = attr.value;
  return { localName: tag.local, namespaceURI: tag.uri === '' ? null : tag.uri, xsiType, children: [] };
}

/** Parse an XML sample namespace-aware; malformed XML is an `XmlSampleError`. */
export function parseXmlSample(text: string): SampleElement {
  const parser = new SaxesParser({ xmlns: true });
  const open: Building[] = [];
  let root: Building | undefined;
  let failure: string | undefined;
  parser.on('error', (err) => {
    failure ??= err.message.split('\n')[0];
  });
  parser.on('opentag', (tag) => {
    const el = elementOf(tag);
    const parent = open.at(-1);
    if (parent === undefined) root ??= el;
    else parent.children.push(el);
    open.push(el);
  });
  parser.on('closetag', () => {
    open.pop();
  });
  parser.write(text).close();
  if (failure !== undefined) throw new XmlSampleError(failure);
  if (root === undefined) throw new XmlSampleError('no root element');
  return root;
}
