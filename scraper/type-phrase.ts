/**
 * Type phrases: the text of a type cell or type line (`Collection of <a>X</a>`, `decimal number`,
 * `Dictionary of string [key] and integer [value]`) turned into a `TypeRef`.
 */
import { isText, type AnyNode } from 'domhandler';

import type { SimpleName, TypeRef } from '../ir/schema.js';
import { isElement, textOf } from './dom.js';
import type { PageContext } from './page-context.js';
import { normalizeSpace } from './text.js';

/**
 * The links resolved on the last page: a page links to the same models over and over, and resolving a URL was the
 * dearest step of reading a type cell. A pure function of (href, page URL), so any order of pages is served right.
 */
const resolved = { pageUrl: '', ids: new Map<string, string | null>() };

/** The `modelName` of a link to a model or enumeration page, or null for any other link. */
export function modelIdFromHref(href: string, pageUrl: string): string | null {
  if (resolved.pageUrl !== pageUrl) {
    resolved.pageUrl = pageUrl;
    resolved.ids.clear();
  }
  let id = resolved.ids.get(href);
  if (id === undefined) {
    id = resolveModelId(href, pageUrl);
    resolved.ids.set(href, id);
  }
  return id;
}

function resolveModelId(href: string, pageUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(href, pageUrl);
  } catch {
    return null;
  }
  if (!/\/(ResourceModel|EnumerationReference)\/?$/i.test(url.pathname)) return null;
  for (const [key, value] of url.searchParams) {
    if (key.toLowerCase() === 'modelname' && value.trim() !== '') return value.trim();
  }
  return null;
}

export interface ModelLink {
  id: string;
  /** The link text: the short type name. */
  label: string;
}

/** A phrase with its model links replaced by `⟦n⟧` placeholders, `n` indexing `links`. */
export interface Phrase {
  text: string;
  links: ModelLink[];
}

export function phraseOf({ url }: PageContext, nodes: readonly AnyNode[]): Phrase {
  const links: ModelLink[] = [];
  let text = '';
  // Document order with an explicit stack (last child pushed first): the page decides the depth.
  const stack: AnyNode[] = [...nodes].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (isText(node)) {
      text += node.data;
    } else if (isElement(node)) {
      const id = node.name === 'a' ? modelIdFromHref(node.attribs['href'] ?? '', url) : null;
      if (id !== null) {
        text += ` ⟦${links.length}⟧ `;
        links.push({ id, label: normalizeSpace(textOf(node)) });
      } else {
        if (node.name === 'br' || node.name === 'p' || node.name === 'div') text += ' ';
        for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]!);
      }
    }
  }
  return { text: normalizeSpace(text), links };
}

/** The phrase as a reader sees it: placeholders back to link texts. */
export function displayText(phrase: Phrase): string {
  // Most phrases (a description, a simple type) hold no placeholder: nothing to put back.
  if (!phrase.text.includes('⟦')) return normalizeSpace(phrase.text);
  return normalizeSpace(phrase.text.replace(/⟦(\d+)⟧/g, (_, n: string) => phrase.links[Number(n)]?.label ?? ''));
}

/** Stock (English) phrases, common variants and Swedish wordings, as `simpleKey` gives them. */
const SIMPLE_NAMES: ReadonlyMap<string, SimpleName> = new Map<string, SimpleName>([
  ['string', 'string'],
  ['sträng', 'string'],
  ['textsträng', 'string'],
  ['integer', 'integer'],
  ['heltal', 'integer'],
  ['decimal number', 'decimal'],
  ['decimaltal', 'decimal'],
  ['boolean', 'boolean'],
  ['booleskt värde', 'boolean'],
  ['date', 'date'],
  ['datum', 'date'],
  ['globally unique identifier', 'guid'],
  ['globalt unik identifierare', 'guid'],
  ['time interval', 'timespan'],
  ['tidsintervall', 'timespan'],
  ['uri', 'uri'],
  ['url', 'uri'],
  ['date time', 'date'],
  ['datetime', 'date'],
  ['date and time', 'date'],
  ['datum och tid', 'date'],
  ['guid', 'guid'],
  ['unsigned byte', 'byte'],
  ['unsignerad byte', 'byte'],
  ['bool', 'boolean'],
  ['byte', 'byte'],
  ['character', 'char'],
  ['tecken', 'char'],
  ['object', 'object'],
  ['objekt', 'object'],
]);

/**
 * Integer wordings sites put in their own display-name tables: `integer, 64 bit`, `unsigned integer`,
 * `integer (32-bit)`, `64-bit integer`, `long integer`. All are `integer` in the IR (the wire is a JSON
 * number either way); the width is not kept because no emitter could use it.
 */
const INTEGER_VARIANT =
  /^(?:(?:signed|unsigned)\s+)?(?:(?:8|16|32|64)\s*bit\s+)?(?:(?:signed|unsigned|long|short)\s+)?integer(?:\s+(?:8|16|32|64)\s*bit)?$/;

/** A phrase lower-cased with the punctuation sites vary on (`integer, 64 bit`, `integer (64-bit)`) made spaces. */
function simpleKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[,()-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The IR's primitive for a display name of any wording (`decimal number`, `integer, 64 bit`, `URI`). */
export function simpleName(text: string): SimpleName | undefined {
  const key = simpleKey(text);
  return SIMPLE_NAMES.get(key) ?? (INTEGER_VARIANT.test(key) ? 'integer' : undefined);
}

const COLLECTION = /^(?:collection of|samling av)\s+(.+)$/i;
/** `Dictionary of K [key] and V [value]`, `Pair of …`: the kind, then `K [key] and V`. */
const KEYED = /^(dictionary of|ordlista av|pair of|par av)\s+(.+)\s+\[(?:value|värde)\]$/i;
/** What nests in `K [key] and V`: another keyed phrase opening, its `[key] and`, its closing `[value]`. */
const KEYED_TOKEN =
  /\b(?:dictionary of|ordlista av|pair of|par av)\s|\s+\[(?:key|nyckel)\]\s+(?:and|och)\s+|\s\[(?:value|värde)\]/gi;

/**
 * `K [key] and V` split at its own `[key] and`, the one outside any keyed phrase nested in K
 * (`Pair of Pair of string [key] and integer [value] [key] and string [value]`); null without one.
 */
function splitKeyed(inner: string): [key: string, value: string] | null {
  let depth = 0;
  for (const m of inner.matchAll(KEYED_TOKEN)) {
    const token = m[0].trim().toLowerCase();
    if (token.startsWith('[value]') || token.startsWith('[värde]')) depth -= 1;
    else if (!token.startsWith('[')) depth += 1;
    else if (depth === 0) return [inner.slice(0, m.index), inner.slice(m.index + m[0].length)];
  }
  return null;
}

/** Parse a normalised phrase; null when it is not a type phrase the scraper knows. */
export function parseTypePhrase(phrase: Phrase): TypeRef | null {
  const parse = (text: string): TypeRef | null => {
    const t = text.trim();
    const ref = /^⟦(\d+)⟧$/.exec(t);
    if (ref) {
      const link = phrase.links[Number(ref[1])];
      return link ? { kind: 'ref', id: link.id } : null;
    }
    const collection = COLLECTION.exec(t);
    if (collection) {
      const items = parse(collection[1]!);
      if (items === null) return null;
      return items.kind === 'simple' && items.name === 'byte' ? { kind: 'binary' } : { kind: 'collection', items };
    }
    const keyed = KEYED.exec(t);
    if (keyed) {
      const parts = splitKeyed(keyed[2]!);
      if (parts === null) return null;
      const kind = /^(?:dictionary|ordlista)/i.test(keyed[1]!) ? 'dictionary' : 'pair';
      const key = parse(parts[0]);
      const value = parse(parts[1]);
      return key && value ? { kind, key, value } : null;
    }
    const simple = simpleName(t);
    return simple ? { kind: 'simple', name: simple } : null;
  };
  return parse(phrase.text);
}

/**
 * A line of prose that may end in a type (`Hämtar bilder. Collection of byte`, `Urval <a>X</a>`):
 * the longest trailing part that parses as a type, and the text before it. Only lines with a model
 * link or a `Collection of`/`Dictionary of`/`Pair of` phrase are split, so that prose ending in a word such
 * as "string" stays prose; other lines are a type only as a whole.
 */
export function splitTypeLine(phrase: Phrase): { description: string; type: TypeRef } | null {
  const whole = parseTypePhrase(phrase);
  if (whole) return { description: '', type: whole };
  if (
    phrase.links.length === 0 &&
    !/(collection of|samling av|dictionary of|ordlista av|pair of|par av)\s/i.test(phrase.text)
  )
    return null;
  const words = phrase.text.split(' ');
  for (let i = 1; i < words.length; i++) {
    const type = parseTypePhrase({ text: words.slice(i).join(' '), links: phrase.links });
    if (type) {
      return { description: displayText({ text: words.slice(0, i).join(' '), links: phrase.links }), type };
    }
  }
  return null;
}
