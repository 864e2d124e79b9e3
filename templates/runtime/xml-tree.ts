/**
 * The small element tree the Node XML entry parses into (`xml-dom-node.ts` fills it from saxes): only
 * what the codec reads through `XmlElement` (what browsers' DOMs have too, so one mapping serves
 * both), and a serialiser for the untyped content kept as an `XmlFragment`. Elements and text only:
 * comments and processing instructions are dropped, CDATA is text.
 */
import { escapeAttr, escapeText, type XmlElement } from './xml-codec.js';

/** An attribute as the namespace-aware parser reports it: `name` as written, `uri` resolved. */
export interface TreeAttribute {
  readonly name: string;
  readonly local: string;
  readonly uri: string;
  readonly value: string;
}

/** Text between tags: in the child chain so that an element's `textContent` keeps document order. */
export class TreeText implements XmlElement {
  readonly nodeType = 3;
  readonly localName = null;
  readonly firstChild = null;
  nextSibling: TreeElement | TreeText | null = null;
  constructor(readonly textContent: string) {}
  getAttributeNS(): null {
    return null;
  }
  lookupNamespaceURI(): null {
    return null;
  }
}

export class TreeElement implements XmlElement {
  readonly nodeType = 1;
  firstChild: TreeElement | TreeText | null = null;
  lastChild: TreeElement | TreeText | null = null;
  nextSibling: TreeElement | TreeText | null = null;
  constructor(
    /** The name as written (`prefix:local`), for writing it back. */
    readonly name: string,
    readonly localName: string,
    readonly parent: TreeElement | null,
    /** Attributes in document order, namespace declarations among them; null when there are none. */
    readonly attributes: readonly TreeAttribute[] | null,
    /** The prefixes this element declares ('' for the default namespace) -> URI; null when none. */
    readonly declares: Readonly<Record<string, string>> | null,
  ) {}

  append(node: TreeElement | TreeText): void {
    if (this.lastChild === null) this.firstChild = node;
    else this.lastChild.nextSibling = node;
    this.lastChild = node;
  }

  get textContent(): string {
    const only = this.firstChild;
    if (only === null) return '';
    if (only.nextSibling === null) return only.textContent;
    const parts: string[] = [];
    for (let n: TreeElement | TreeText | null = only; n !== null; n = n.nextSibling)
      parts.push(n.textContent);
    return parts.join('');
  }

  getAttributeNS(namespace: string, localName: string): string | null {
    if (this.attributes === null) return null;
    for (const a of this.attributes) if (a.local === localName && a.uri === namespace) return a.value;
    return null;
  }

  lookupNamespaceURI(prefix: string): string | null {
    const uri = this.declares?.[prefix];
    // An empty default declaration (xmlns="") puts names in no namespace.
    if (uri !== undefined) return uri === '' ? null : uri;
    return this.parent === null ? null : this.parent.lookupNamespaceURI(prefix);
  }
}

/**
 * `el` as XML text that stands alone: it declares every namespace binding it inherits (and does not
 * redeclare), so its prefixes, and those in QName values such as `i:type`, keep their meaning.
 */
export function serializeTree(el: TreeElement): string {
  const inherited = new Map<string, string>();
  for (let up = el.parent; up !== null; up = up.parent)
    for (const [prefix, uri] of Object.entries(up.declares ?? {}))
      if (!inherited.has(prefix) && el.declares?.[prefix] === undefined) inherited.set(prefix, uri);
  const extra = [...inherited].map(
    ([p, uri]) => ` ${p === '' ? 'xmlns' : `xmlns:${p}`}="${escapeAttr(uri)}"`,
  );
  const out: string[] = [];
  write(el, out, extra.sort().join(''));
  return out.join('');
}

function write(el: TreeElement, out: string[], extra: string): void {
  out.push('<', el.name, extra);
  for (const a of el.attributes ?? []) out.push(' ', a.name, '="', escapeAttr(a.value), '"');
  if (el.firstChild === null) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (let n: TreeElement | TreeText | null = el.firstChild; n !== null; n = n.nextSibling) {
    if (n instanceof TreeElement) write(n, out, '');
    else out.push(escapeText(n.textContent));
  }
  out.push('</', el.name, '>');
}
