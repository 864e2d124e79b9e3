/**
 * Request and response samples: Vitec tab panes (`<a href="#json760">application/json, text/json</a>`
 * + `<div id="json760"><pre>`) or stock `<h4 class="sample-header">` + `<div class="sample-content">`.
 * The pane is looked up inside the section only: the site reuses pane ids between request and response.
 */
import type { AnyNode, Element } from 'domhandler';

import type { Sample } from '../ir/schema.js';
import { descendantElements, isElement } from './dom.js';
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

function sampleFrom(ctx: PageContext, pane: Element, label: string, where: string): Sample {
  const { $, scope } = ctx;
  const mediaTypes = mediaTypesOf(label);
  const pre = $(pane).find('pre').get(0) ?? (pane.name === 'pre' ? pane : undefined);
  let text: string | null = null;
  if (pre && !ONLY_NOT_AVAILABLE.test($(pre).text())) {
    text = $(pre).text();
  } else if (pre) {
    text = null;
  } else if (!NOT_AVAILABLE.test($(pane).text())) {
    const shown = normalizeSpace($(pane).text());
    scope.report('sample-without-text', `${where} > ${label}`, { shown });
  }
  return { mediaTypes, format: formatOf(mediaTypes), text };
}

export function readSamples(ctx: PageContext, nodes: readonly AnyNode[], where: string): Sample[] {
  const { $, scope } = ctx;
  const elements = elementsOf(nodes);
  const samples: Sample[] = [];
  // A tab is an in-page link to a pane of this section; in a tab strip, a link without its pane is reported.
  let tabs = 0;
  for (const a of elements.filter((el) => el.name === 'a' && ($(el).attr('href') ?? '').startsWith('#'))) {
    const id = ($(a).attr('href') ?? '').slice(1);
    const label = normalizeSpace($(a).text());
    const pane = elements.find((el) => el.attribs['id'] === id && !$(a).closest(el).length);
    if (pane) {
      tabs++;
      samples.push(sampleFrom(ctx, pane, label, where));
    } else if ($(a).closest('.nav-tabs, [role="tablist"]').length > 0) {
      tabs++;
      scope.report('sample-pane-missing', `${where} > ${label}`, { tab: label, id });
    }
  }
  if (tabs > 0) return samples;
  for (const header of elements.filter((el) => $(el).hasClass('sample-header'))) {
    const label = normalizeSpace($(header).text());
    const content = $(header).nextAll('.sample-content').get(0) ?? $(header).next().get(0);
    if (!content) {
      scope.report('sample-pane-missing', `${where} > ${label}`, { header: label });
      continue;
    }
    samples.push(sampleFrom(ctx, content, label, where));
  }
  return samples;
}
