/**
 * HTML text helpers shared by both themes. Escaping follows what the reference page shows
 * (`& < > "` only, as ASP.NET writes it; non-ASCII stays as it is).
 */
import Handlebars from 'handlebars';

import type { TypeRef } from './page-model.js';
import { relativeHref } from './parse-evidence.js';

/** Markup that is already HTML: the view mapping passes it through unescaped. */
export class Html {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export type Escape = (s: string) => string;

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Escaping as stock ASP.NET MVC (`HttpUtility.HtmlEncode`) does it: also `'`, and the Latin-1
 * letters as numeric references (`ä` -> `&#228;`), which the stock pages therefore show.
 */
export function escapeRazor(s: string): string {
  return escapeHtml(s)
    .replace(/'/g, '&#39;')
    .replace(/[\u00A0-\u00FF]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Inline Markdown as the evidence has it (text and `[label](href)` links) -> HTML. */
export function inlineHtml(md: string, esc: Escape = escapeHtml): Html {
  const out: string[] = [];
  const link = /\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (const m of md.matchAll(link)) {
    out.push(esc(md.slice(last, m.index)));
    out.push(`<a href="${esc(relativeHref(m[2]!))}">${esc(m[1]!)}</a>`);
    last = m.index + m[0].length;
  }
  out.push(esc(md.slice(last)));
  return new Html(out.join(''));
}

export function modelHref(modelName: string): string {
  return `/Help/ResourceModel?modelName=${modelName}`;
}

/** A type as the help pages write it: a model link, `Collection of …`, or a simple name. */
export function typeHtml(t: TypeRef, esc: Escape = escapeHtml): Html {
  switch (t.kind) {
    case 'simple':
      return new Html(esc(t.name));
    case 'model':
      return new Html(`<a href="${esc(modelHref(t.modelName))}">${esc(t.name)}</a>`);
    case 'collection':
      return new Html(`Collection of ${typeHtml(t.of, esc).html}`);
  }
}

export type View =
  Handlebars.SafeString | string | number | boolean | null | undefined | View[] | { [key: string]: View };

/**
 * A view model for a template: every string escaped once, here, and every `Html` passed through,
 * so that templates use plain `{{x}}` and cannot double-escape or forget to escape.
 */
export function toView(value: unknown, esc: Escape = escapeHtml): View {
  // Empty text stays a plain '' so that `{{#if}}` sees it as empty (a SafeString is always truthy).
  if (value instanceof Html) return value.html === '' ? '' : new Handlebars.SafeString(value.html);
  if (typeof value === 'string') return value === '' ? '' : new Handlebars.SafeString(esc(value));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.map((v) => toView(v, esc));
  if (typeof value === 'object') {
    const out: { [key: string]: View } = {};
    for (const [k, v] of Object.entries(value)) out[k] = toView(v, esc);
    return out;
  }
  throw new Error(`toView: cannot put a ${typeof value} into a template`);
}
