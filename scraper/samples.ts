/**
 * Request and response samples: Vitec tab panes (`<a href="#json760">application/json, text/json</a>`
 * + `<div id="json760"><pre>`) or stock `<h4 class="sample-header">` + `<div class="sample-content">`.
 * The pane is looked up inside the section only: the site reuses pane ids between request and response.
 */
import type { AnyNode, Element } from 'domhandler';

import type { Sample } from '../ir/schema.js';
import { descendantElements, hasClass, inTabStrip, isElement, textOf } from './dom.js';
import type { PageContext } from './page-context.js';
import { normalizeSpace } from './text.js';

const NOT_AVAILABLE = /sample not available|exempel saknas|inget exempel/i;
/** A `pre` holding only the placeholder is no sample either. */
const ONLY_NOT_AVAILABLE = /^\s*(sample not available|exempel saknas|inget exempel)\.?\s*$/i;

function formatOf(mediaTypes: readonly string[]): Sample['format'] {
  if (mediaTypes.some((m) => /json/i.test(m))) return 'json';
  if (mediaTypes.some((m) => /xml/i.test(m))) return 'xml';
  return 'other';
}

function mediaTypesOf(label: string): string[] {
  return normalizeSpace(label)
    .split(',')
    .map((m) => m.trim())
    .filter((m) => m !== '');
}

/** Every element in the section, the top ones included, in document order. */
function elementsOf(nodes: readonly AnyNode[]): Element[] {
  return nodes.filter(isElement).flatMap((n) => [n, ...descendantElements(n)]);
}

/** Whether `el` is `node` or one of its ancestors. */
function holds(el: Element, node: Element): boolean {
  for (let at: Element['parent'] = node; at !== null; at = at.parent) if (at === el) return true;
  return false;
}

/** The element after `el` among its siblings that `accept` takes. */
function nextSibling(el: Element, accept: (sibling: Element) => boolean): Element | undefined {
  for (let at = el.next; at !== null; at = at.next) if (isElement(at) && accept(at)) return at;
  return undefined;
}

/** The first `pre` under `el` in document order, found without listing every element. */
function firstPre(el: Element): Element | undefined {
  // An explicit stack: the page decides the depth.
  const stack: AnyNode[] = [...el.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!isElement(node)) continue;
    if (node.name === 'pre') return node;
    for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]!);
  }
  return undefined;
}

function sampleFrom(ctx: PageContext, pane: Element, label: string, where: string): Sample {
  const { scope } = ctx;
  const mediaTypes = mediaTypesOf(label);
  const pre = firstPre(pane) ?? (pane.name === 'pre' ? pane : undefined);
  const preText = pre === undefined ? '' : textOf(pre);
  let text: string | null = null;
  if (pre && !ONLY_NOT_AVAILABLE.test(preText)) {
    text = preText;
  } else if (pre) {
    text = null;
  } else if (!NOT_AVAILABLE.test(textOf(pane))) {
    const shown = normalizeSpace(textOf(pane));
    scope.report('sample-without-text', `${where} > ${label}`, { shown });
  }
  return { mediaTypes, format: formatOf(mediaTypes), text };
}

export function readSamples(ctx: PageContext, nodes: readonly AnyNode[], where: string): Sample[] {
  const { scope } = ctx;
  const elements = elementsOf(nodes);
  const samples: Sample[] = [];
  // A tab is an in-page link to a pane of this section; in a tab strip, a link without its pane is reported.
  let tabs = 0;
  // The section's elements by id, in document order: one pass, where a search per tab compared them all.
  const byId = new Map<string, Element[]>();
  for (const el of elements) {
    const id = el.attribs['id'];
    if (id === undefined) continue;
    const list = byId.get(id);
    if (list === undefined) byId.set(id, [el]);
    else list.push(el);
  }
  for (const a of elements.filter((el) => el.name === 'a' && (el.attribs['href'] ?? '').startsWith('#'))) {
    const id = (a.attribs['href'] ?? '').slice(1);
    const label = normalizeSpace(textOf(a));
    const pane = byId.get(id)?.find((el) => !holds(el, a));
    if (pane) {
      tabs++;
      samples.push(sampleFrom(ctx, pane, label, where));
    } else if (inTabStrip(a)) {
      tabs++;
      scope.report('sample-pane-missing', `${where} > ${label}`, { tab: label, id });
    }
  }
  if (tabs > 0) return samples;
  for (const header of elements.filter((el) => hasClass(el, 'sample-header'))) {
    const label = normalizeSpace(textOf(header));
    const content = nextSibling(header, (el) => hasClass(el, 'sample-content')) ?? nextSibling(header, () => true);
    if (!content) {
      scope.report('sample-pane-missing', `${where} > ${label}`, { header: label });
      continue;
    }
    samples.push(sampleFrom(ctx, content, label, where));
  }
  return samples;
}
