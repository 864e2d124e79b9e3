/**
 * Finding an endpoint page's sections by their heading text, whatever element or level carries it
 * (`<span class="title">`, `<h3>`, …), and the content between one heading and the next.
 */
import type { CheerioAPI } from 'cheerio';
import { isTag, isText, type Element } from 'domhandler';

import { flatten, type Block } from './dom.js';
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
 * Every heading text the scraper knows, English (the stock and observed labels) first, then Swedish
 * wordings a translation could plausibly use. Compared lower-cased with whitespace collapsed.
 */
export const SECTION_LABELS: Readonly<Record<SectionLabel, readonly string[]>> = {
  'request-information': [
    'Request Information',
    'Anropsinformation',
    'Information om anropet',
    'Förfrågningsinformation',
  ],
  'uri-parameters': ['URI Parameters', 'URI-parametrar', 'URI parametrar', 'Parametrar i URI'],
  'body-parameters': [
    'Body Parameters',
    'Body-parametrar',
    'Parametrar i body',
    'Parametrar i bodyn',
    'Bodyparametrar',
  ],
  'request-formats': ['Request Formats', 'Anropsformat', 'Format för anropet', 'Förfrågningsformat'],
  'response-information': ['Response Information', 'Svarsinformation', 'Information om svaret'],
  'resource-description': ['Resource Description', 'Resursbeskrivning', 'Beskrivning av resursen'],
  'response-formats': ['Response Formats', 'Svarsformat', 'Format för svaret'],
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

export function labelOf(text: string): SectionLabel | null {
  return LABEL_BY_TEXT.get(normalizeSpace(text).toLowerCase().replace(/\s*:$/, '')) ?? null;
}

const HEADING_TAG = /^h[1-6]$/;
const HEADING_CLASSES = ['display1', 'display2', 'display3', 'display4', 'headline', 'title', 'subheading', 'heading'];
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
  if (HEADING_TAG.test(el.name)) return true;
  const classes = (el.attribs['class'] ?? '').split(/\s+/);
  return classes.some((c) => HEADING_CLASSES.includes(c)) && !inContentContext(el);
}

/** A heading of a known section: heading-like with a known label, or any leaf element whose whole text is one. */
export function isSectionHeading($: CheerioAPI, el: Element): boolean {
  const headingLike = isHeadingLike(el);
  const leaf = el.children.every((c) => isText(c));
  if (!headingLike && !leaf) return false;
  // A leaf's text is its text nodes' data; only a heading-like element needs the full text walk.
  const text = leaf ? el.children.map((c) => (isText(c) ? c.data : '')).join('') : $(el).text();
  if (text.length > 60 || labelOf(text) === null) return false;
  return headingLike || !inContentContext(el);
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

export function findTitle($: CheerioAPI, root: Element): Element | null {
  const candidates = $(root).find('.display1, h1').toArray();
  const labelled = (el: Element): boolean => labelOf($(el).text()) !== null;
  return (
    candidates.find((el) => !labelled(el)) ??
    $(root)
      .find('*')
      .toArray()
      .find((el) => isHeadingLike(el) && !labelled(el) && $(el).text().trim() !== '') ??
    null
  );
}

export function splitSections($: CheerioAPI, root: Element): PageSections {
  const title = findTitle($, root);
  const blocks = flatten($, root, (el) => el === title || isSectionHeading($, el));
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
      current = { label: labelOf($(block.el).text())!, heading: block.el, blocks: [] };
      sections.push(current);
    } else if (current) {
      current.blocks.push(block);
    } else if (seenTitle) {
      preamble.push(block);
    }
  }
  const unknownHeadings = $(root)
    .find('h1, h2, h3, .display1, .display2, .headline, .title')
    .toArray()
    .filter((el) => el !== title && isHeadingLike(el) && labelOf($(el).text()) === null && $(el).text().trim() !== '');
  return { title, preamble, sections, unknownHeadings };
}
