/** Pages in the Vitec theme, following `reference/POST-User-Notify-customerId.html`. */
import { marked } from 'marked';

import { codeExamples } from './code-examples.js';
import { escapeHtml, Html, inlineHtml, modelHref, toView, typeHtml } from './html.js';
import type {
  CategoryPage,
  EndpointPage,
  IndexPage,
  ModelPage,
  Page,
  PropertyRow,
  ProsePage,
  SampleSet,
  TypedPart,
} from './page-model.js';
import { relativeHref } from './parse-evidence.js';
import { loadTheme, type ThemeTemplates } from './templates.js';
import { applyWhitespace, type Variation } from './variation.js';
import type { TypeRegistry } from './xml-from-json.js';

function heading(level: 'headline' | 'title', text: string, v: Variation): Html {
  if (v.headings === 'h') {
    const tag = level === 'headline' ? 'h2' : 'h3';
    return new Html(`<${tag}>${escapeHtml(text)}</${tag}>`);
  }
  return new Html(`<span class="${level}">${escapeHtml(text)}</span>`);
}

function paragraphs(texts: string[]): Html {
  return new Html(texts.map((t) => `<p>${escapeHtml(t)}</p>`).join(''));
}

function rowsView(rows: PropertyRow[], v: Variation): unknown[] {
  return rows.map((r) => ({
    name: r.name,
    doc: r.doc === '' ? new Html(v.emptyDoc) : new Html(`<p>${inlineHtml(r.doc).html}</p>`),
    type: typeHtml(r.type),
    annotations: paragraphs(r.annotations),
  }));
}

function samplesView(set: SampleSet): unknown[] {
  return set.tabs.map((t) => ({
    paneId: `${t.idPrefix}${set.id}`,
    mediaType: t.mediaType,
    available: t.sample.kind === 'text',
    text: t.sample.kind === 'text' ? t.sample.text : '',
  }));
}

/** The type line under a description: a bare model link, `Collection of` + link, or `<p>simple</p>`. */
function typeLine(part: TypedPart): Html | null {
  if (!part.type) return null;
  const el = part.type.kind === 'collection' ? part.type.of : part.type;
  if (el.kind === 'simple') return new Html(`<p>${typeHtml(part.type).html}</p>`);
  return typeHtml(part.type);
}

function partView(part: TypedPart, v: Variation): unknown {
  return {
    doc: inlineHtml(part.doc),
    typeLine: typeLine(part),
    rows: part.rows ? rowsView(part.rows, v) : null,
    variants: part.variants.map((x) => ({
      anchor: x.anchor,
      name: x.table.name,
      href: modelHref(x.table.modelName),
      rows: rowsView(x.table.rows, v),
    })),
  };
}

export class VitecRenderer {
  private readonly t: ThemeTemplates = loadTheme('vitec');

  constructor(private readonly registry: TypeRegistry) {}

  render(page: Page, v: Variation): string {
    const { title, content } = this.content(page, v);
    const html = this.t.render('layout', toView({ title, content: new Html(content.replace(/\n$/, '')) }));
    return applyWhitespace(html, v.whitespace);
  }

  private content(page: Page, v: Variation): { title: string; content: string } {
    switch (page.kind) {
      case 'endpoint':
        return { title: `${page.method} ${page.path}`, content: this.endpoint(page, v) };
      case 'model':
        return { title: page.name, content: this.model(page, v) };
      case 'category':
        return { title: page.title, content: this.category(page) };
      case 'prose':
        return { title: page.title, content: this.prose(page) };
      case 'index':
        return { title: 'Start', content: this.index(page) };
    }
  }

  private endpoint(page: EndpointPage, v: Variation): string {
    return this.t.render(
      'endpoint',
      toView({
        title: `${page.method} ${page.path}`,
        docParagraphs: page.docParagraphs.map((p) => inlineHtml(p)),
        h: {
          requestInformation: heading('headline', 'Request Information', v),
          uriParameters: heading('title', 'URI Parameters', v),
          bodyParameters: heading(v.bodyLevel, 'Body Parameters', v),
          requestFormats: heading('title', 'Request Formats', v),
          responseInformation: heading('headline', 'Response Information', v),
          resourceDescription: heading('title', 'Resource Description', v),
          codeExamples: heading('headline', 'Kodexempel', v),
          testForm: heading('headline', 'Testformulär', v),
          responseFormats: heading('headline', 'Response Formats', v),
        },
        uriParams: rowsView(page.uriParams, v),
        body: page.body ? partView(page.body, v) : null,
        requestSamples: page.requestSamples ? samplesView(page.requestSamples) : null,
        response: partView(page.response, v),
        responseSamples: page.responseSamples ? samplesView(page.responseSamples) : null,
        code: codeExamples(page, this.registry),
      }),
    );
  }

  private model(page: ModelPage, v: Variation): string {
    return this.t.render(
      'model',
      toView({
        name: page.name,
        doc: inlineHtml(page.doc),
        rows: page.content.kind === 'complex' ? rowsView(page.content.rows, v) : null,
        values:
          page.content.kind === 'enum'
            ? page.content.values.map((e) => ({
                ...e,
                doc: e.doc === '' ? new Html(v.emptyDoc) : new Html(`<p>${inlineHtml(e.doc).html}</p>`),
              }))
            : null,
      }),
    );
  }

  private category(page: CategoryPage): string {
    return this.t.render(
      'category',
      toView({
        title: page.title,
        groups: page.groups.map((g) => ({
          heading: g.heading,
          doc: inlineHtml(g.doc),
          apis: g.apis.map((a) => ({
            ...a,
            doc: a.doc === '' ? new Html('') : new Html(`<p>${inlineHtml(a.doc).html}</p>`),
          })),
        })),
      }),
    );
  }

  private prose(page: ProsePage): string {
    return this.t.render('prose', toView({ body: new Html(proseHtml(page.markdown)) }));
  }

  private index(page: IndexPage): string {
    return this.t.render('index', toView(page));
  }
}

/** Markdown body of a prose page -> HTML, the site's own links made root-relative again. */
export function proseHtml(markdown: string): string {
  const renderer = new marked.Renderer();
  const base = renderer.link.bind(renderer);
  renderer.link = (token) => base({ ...token, href: relativeHref(token.href) });
  return marked.parse(markdown, { async: false, renderer }).replace(/\n$/, '');
}
