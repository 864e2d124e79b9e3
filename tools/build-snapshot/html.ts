/**
 * HTML text helpers shared by both themes. Escaping follows what the reference page shows
 * (`& < > "` only, as ASP.NET writes it; non-ASCII stays as it is).
 */
import Handlebars from 'handlebars';
import { relativeHref } from './parse-evidence.js';
import type { TypeRef } from './page-model.js';

/** Markup that is already HTML: the view mapping passes it through unescaped. */
export class Html {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Inline Markdown as the evidence has it (text and `[label](href)` links) -> HTML. */
export function inlineHtml(md: string): Html {
  const out: string[] = [];
  const link = /\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (const m of md.matchAll(link)) {
    out.push(escapeHtml(md.slice(last, m.index)));
    out.push(`<a href="${escapeHtml(relativeHref(m[2]!))}">${escapeHtml(m[1]!)}</a>`);
    last = m.index + m[0].length;
  }
  out.push(escapeHtml(md.slice(last)));
  return new Html(out.join(''));
}

export function modelHref(modelName: string): string {
  return `/Help/ResourceModel?modelName=${modelName}`;
}

/** A type as the help pages write it: a model link, `Collection of …`, or a simple name. */
export function typeHtml(t: TypeRef): Html {
  switch (t.kind) {
    case 'simple':
      return new Html(escapeHtml(t.name));
    case 'model':
      return new Html(`<a href="${escapeHtml(modelHref(t.modelName))}">${escapeHtml(t.name)}</a>`);
    case 'collection':
      return new Html(`Collection of ${typeHtml(t.of).html}`);
  }
}

export type View = Handlebars.SafeString | number | boolean | null | undefined | View[] | { [key: string]: View };

/**
 * A view model for a template: every string escaped once, here, and every `Html` passed through,
 * so that templates use plain `{{x}}` and cannot double-escape or forget to escape.
 */
export function toView(value: unknown): View {
  if (value instanceof Html) return new Handlebars.SafeString(value.html);
  if (typeof value === 'string') return new Handlebars.SafeString(escapeHtml(value));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) return value;
  if (Array.isArray(value)) return value.map(toView);
  if (typeof value === 'object') {
    const out: { [key: string]: View } = {};
    for (const [k, v] of Object.entries(value)) out[k] = toView(v);
    return out;
  }
  throw new Error(`toView: cannot put a ${typeof value} into a template`);
}
