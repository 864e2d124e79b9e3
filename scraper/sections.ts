/**
 * Finding an endpoint page's sections by their heading text, whatever element or level carries it
 * (`<span class="title">`, `<h3>`, …), and the content between one heading and the next.
 */
import { isTag, isText, type Element } from 'domhandler';

import { flatten, hasClass, textOf, type Block } from './dom.js';
import { normalizeSpace } from './text.js';

export type SectionLabel =
  | 'request-information'
  | 'uri-parameters'
  | 'body-parameters'
  | 'request-formats'
  | 'response-information'
  | 'resource-description'
  | 'response-formats'
  | 'code-examples'
  | 'test-form';

/**
 * Every heading text the scraper knows, English (the stock and observed labels) first, then German,
 * Russian and Swedish wordings of localised templates. Stock pages are read by heading structure
 * first (`stockHeadings`), so these matter only for themed pages and as a second opinion. Compared lower-cased with whitespace collapsed.
 */
export const SECTION_LABELS: Readonly<Record<SectionLabel, readonly string[]>> = {
  'request-information': [
    'Request Information',
    'Anforderungsinformationen',
    'Информация о запросе',
    'Anropsinformation',
    'Information om anropet',
    'Förfrågningsinformation',
  ],
  'uri-parameters': [
    'URI Parameters',
    'URI-Parameter',
    'Параметры URI',
    'URI-parametrar',
    'URI parametrar',
    'Parametrar i URI',
  ],
  'body-parameters': [
    'Body Parameters',
    'Body-Parameter',
    'Textkörperparameter',
    'Параметры тела',
    'Body-parametrar',
    'Parametrar i body',
    'Parametrar i bodyn',
    'Bodyparametrar',
  ],
  'request-formats': [
    'Request Formats',
    'Anforderungsformate',
    'Форматы запроса',
    'Anropsformat',
    'Format för anropet',
    'Förfrågningsformat',
  ],
  'response-information': [
    'Response Information',
    'Antwortinformationen',
    'Информация об ответе',
    'Svarsinformation',
    'Information om svaret',
  ],
  'resource-description': [
    'Resource Description',
    'Ressourcenbeschreibung',
    'Описание ресурса',
    'Resursbeskrivning',
    'Beskrivning av resursen',
  ],
  'response-formats': ['Response Formats', 'Antwortformate', 'Форматы ответа', 'Svarsformat', 'Format för svaret'],
  'code-examples': ['Kodexempel', 'Code examples', 'Code Samples'],
  'test-form': ['Testformulär', 'Test form'],
};

/** The English name used in diagnostics' `where`. */
export function sectionName(label: SectionLabel): string {
  return SECTION_LABELS[label][0]!;
}

const LABEL_BY_TEXT = new Map<string, SectionLabel>(
  (Object.entries(SECTION_LABELS) as [SectionLabel, readonly string[]][]).flatMap(([label, texts]) =>
    texts.map((t) => [t.toLowerCase(), label] as const),
  ),
);

/**
 * No label is shorter, so a shorter text is none, found without the lookup's three copies: normalising only shortens
 * a text, and lower-casing lengthens only `İ`, whose `i̇` no label holds.
 */
const SHORTEST_LABEL = Math.min(...[...LABEL_BY_TEXT.keys()].map((t) => t.length));

/**
 * The lengths labels have. Lower-casing keeps a text's length but for `İ` (no label holds its `i̇`), so a normalised text
 * not ending in `:` is a label only if its length is one of these: most texts are told apart without the lookup's copies.
 */
const LABEL_LENGTHS = new Set([...LABEL_BY_TEXT.keys()].map((t) => t.length));

export function labelOf(text: string): SectionLabel | null {
  if (text.length < SHORTEST_LABEL) return null;
  const normalized = normalizeSpace(text);
  if (!normalized.endsWith(':') && !LABEL_LENGTHS.has(normalized.length)) return null;
  return LABEL_BY_TEXT.get(normalized.toLowerCase().replace(/\s*:$/, '')) ?? null;
}

/** `h1`–`h6`, compared by character: a regex call for every element of every page was a visible cost. */
function isHeadingTag(name: string): boolean {
  return name.length === 2 && name[0] === 'h' && name[1]! >= '1' && name[1]! <= '6';
}

/** Any of the theme's heading classes in a class attribute, in one search (as `split(/\s+/)` would find them). */
const HEADING_CLASS = new RegExp(
  `(?:^|\\s)(?:${['display1', 'display2', 'display3', 'display4', 'headline', 'title', 'subheading', 'heading'].join('|')})(?=\\s|$)`,
);
/** Places where a label-like text is content, not a heading. */
const NOT_HEADING_CONTEXT = new Set(['table', 'pre', 'a', 'li', 'option', 'button', 'label', 'textarea']);

/** `el` or an ancestor is a place where text is content (what `closest(...)` on those tags would find). */
function inContentContext(el: Element): boolean {
  for (
    let node: Element | null = el;
    node !== null;
    node = node.parent !== null && isTag(node.parent) ? node.parent : null
  ) {
    if (NOT_HEADING_CONTEXT.has(node.name)) return true;
  }
  return false;
}

/** An element styled as a heading: `h1`–`h6` or a span/div with a heading class of the theme. */
export function isHeadingLike(el: Element): boolean {
  if (isHeadingTag(el.name)) return true;
  const classes = el.attribs['class'];
  return classes !== undefined && HEADING_CLASS.test(classes) && !inContentContext(el);
}

/** A heading of a known section: heading-like with a known label, or any leaf element whose whole text is one. */
export function isSectionHeading(el: Element): boolean {
  // The label test first for a leaf (most elements are none): then the heading test runs only where it decides.
  const leaf = isLeaf(el);
  if (!leaf && !isHeadingLike(el)) return false;
  const text = textOf(el);
  if (text.length > 60 || labelOf(text) === null) return false;
  return !leaf || isHeadingLike(el) || !inContentContext(el);
}

function isLeaf(el: Element): boolean {
  for (const c of el.children) if (!isText(c)) return false;
  return true;
}

export interface Section {
  label: SectionLabel;
  heading: Element;
  blocks: Block[];
}

export interface PageSections {
  /** The page title (`display1`, else the first `h1`, else the first heading-like element that is no label). */
  title: Element | null;
  /** Content between the title and the first section heading. */
  preamble: Block[];
  sections: Section[];
  /** Heading-like elements that are neither the title nor a known section (reported, their content kept). */
  unknownHeadings: Element[];
}

/** The classes of the candidates for unknown headings (fewer than `isHeadingLike` accepts), in one search. */
const UNKNOWN_HEADING_CLASS = /(?:^|\s)(?:display1|display2|headline|title)(?=\s|$)/;

function isUnknownHeadingCandidate(el: Element): boolean {
  if (el.name === 'h1' || el.name === 'h2' || el.name === 'h3') return true;
  const classes = el.attribs['class'];
  return classes !== undefined && UNKNOWN_HEADING_CLASS.test(classes);
}

/**
 * The page title among `all` (the elements under the page root, in document order): the first `.display1` or `h1`
 * that is no section label, else the first such heading-like element.
 */
export function findTitle(all: readonly Element[]): Element | null {
  const labelled = (el: Element): boolean => labelOf(textOf(el)) !== null;
  return (
    all.find((el) => (el.name === 'h1' || hasClass(el, 'display1')) && !labelled(el)) ??
    all.find((el) => isHeadingLike(el) && !labelled(el) && textOf(el).trim() !== '') ??
    null
  );
}

/** The stock endpoint view's headings in order: h2, three h3s, h2, two h3s. */
const STOCK_LAYOUT: readonly [string, SectionLabel][] = [
  ['h2', 'request-information'],
  ['h3', 'uri-parameters'],
  ['h3', 'body-parameters'],
  ['h3', 'request-formats'],
  ['h2', 'response-information'],
  ['h3', 'resource-description'],
  ['h3', 'response-formats'],
];

/**
 * Sections by structure: when the `h2`/`h3` headings after the title are exactly the stock view's
 * sequence, each gets its label by position, whatever language the template speaks.
 */
function stockHeadings(everything: readonly Element[], title: Element | null): Map<Element, SectionLabel> {
  const start = title === null ? 0 : everything.indexOf(title) + 1;
  const after = everything.slice(start).filter((el) => el.name === 'h2' || el.name === 'h3');
  const found = new Map<Element, SectionLabel>();
  if (after.length !== STOCK_LAYOUT.length || !after.every((el, i) => el.name === STOCK_LAYOUT[i]![0])) return found;
  after.forEach((el, i) => found.set(el, STOCK_LAYOUT[i]![1]));
  return found;
}

/** `all`: the elements under the root, listed once for every query below (a selector query each compiled and walked anew). */
export function splitSections(root: Element, all: readonly Element[]): PageSections {
  const title = findTitle(all);
  const byPosition = stockHeadings(all, title);
  const labelFor = (el: Element): SectionLabel | null => byPosition.get(el) ?? labelOf(textOf(el));
  const blocks = flatten(root, (el) => el === title || byPosition.has(el) || isSectionHeading(el), all);
  const sections: Section[] = [];
  const preamble: Block[] = [];
  let current: Section | null = null;
  let seenTitle = title === null;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      if (block.el === title) {
        seenTitle = true;
        continue;
      }
      current = { label: labelFor(block.el)!, heading: block.el, blocks: [] };
      sections.push(current);
    } else if (current) {
      current.blocks.push(block);
    } else if (seenTitle) {
      preamble.push(block);
    }
  }
  const unknownHeadings = all
    .filter(isUnknownHeadingCandidate)
    .filter((el) => el !== title && isHeadingLike(el) && labelFor(el) === null && textOf(el).trim() !== '');
  return { title, preamble, sections, unknownHeadings };
}
