/**
 * Pages in the stock ASP.NET Web API Help Page markup (the base the Vitec theme restyles), for the
 * scraper's second fixture: same content as the Vitec pages, English chrome and annotations,
 * Razor's escaping.
 */
import { escapeRazor, Html, inlineHtml, modelHref, toView, typeHtml } from './html.js';
import type { EndpointPage, IndexPage, ModelPage, Page, PropertyRow, SampleSet, TypedPart } from './page-model.js';
import { loadTheme, type ThemeTemplates } from './templates.js';

const esc = escapeRazor;

/**
 * Annotation text as the stock generator writes it: `Required` for every required message, the
 * English string-length form; other texts (custom attributes) unchanged.
 */
export function stockAnnotation(text: string): string {
  if (/^(?:Krävs|Required|\S+ krävs)$/.test(text)) return 'Required';
  const len = /måste vara mellan (\d+) och (\d+) tecken/.exec(text);
  if (len && /^\S+(?: \S+)?? måste vara mellan/.test(text))
    return `String length: inclusive between ${len[1]} and ${len[2]}`;
  return text;
}

function rowsView(rows: PropertyRow[]): unknown[] {
  return rows.map((r) => ({
    name: r.name,
    doc: inlineHtml(r.doc, esc),
    type: typeHtml(r.type, esc),
    annotations: [...new Set(r.annotations.map(stockAnnotation))],
  }));
}

function samplesView(set: SampleSet): unknown[] {
  return set.tabs.map((t) => ({
    mediaType: t.mediaType,
    available: t.sample.kind === 'text',
    text: t.sample.kind === 'text' ? t.sample.text : '',
  }));
}

function partView(part: TypedPart): unknown {
  return {
    doc: inlineHtml(part.doc, esc),
    typeLine: part.type ? typeHtml(part.type, esc) : null,
    rows: part.rows ? rowsView(part.rows) : null,
    variants: part.variants.map((x) => ({
      anchor: x.anchor,
      name: x.table.name,
      href: modelHref(x.table.modelName),
      rows: rowsView(x.table.rows),
    })),
  };
}

export class StockRenderer {
  private readonly t: ThemeTemplates = loadTheme('stock');

  render(page: Page): string {
    const { title, content } = this.content(page);
    return this.t.render('layout', toView({ title, content: new Html(content.replace(/\n$/, '')) }, esc));
  }

  private content(page: Page): { title: string; content: string } {
    switch (page.kind) {
      case 'endpoint':
        return { title: `${page.method} ${page.path}`, content: this.endpoint(page) };
      case 'model':
        return { title: page.name, content: this.model(page) };
      case 'index':
        return { title: 'ASP.NET Web API Help Page', content: this.index(page) };
      default:
        throw new Error(`stock theme: no template for a ${page.kind} page (${page.url})`);
    }
  }

  private endpoint(page: EndpointPage): string {
    return this.t.render(
      'endpoint',
      toView(
        {
          title: `${page.method} ${page.path}`,
          docParagraphs: page.docParagraphs.map((p) => inlineHtml(p, esc)),
          uriParams: rowsView(page.uriParams),
          body: page.body ? partView(page.body) : null,
          requestSamples: page.requestSamples ? samplesView(page.requestSamples) : null,
          response: partView(page.response),
          responseSamples: page.responseSamples ? samplesView(page.responseSamples) : null,
        },
        esc,
      ),
    );
  }

  private model(page: ModelPage): string {
    return this.t.render(
      'model',
      toView(
        {
          name: page.name,
          doc: inlineHtml(page.doc, esc),
          rows: page.content.kind === 'complex' ? rowsView(page.content.rows) : [],
          values:
            page.content.kind === 'enum'
              ? page.content.values.map((v) => ({ ...v, doc: inlineHtml(v.doc, esc) }))
              : null,
        },
        esc,
      ),
    );
  }

  private index(page: IndexPage): string {
    return this.t.render(
      'index',
      toView(
        {
          controllers: page.controllers.map((c) => ({
            name: c.name,
            apis: c.apis.map((a) => ({ ...a, doc: inlineHtml(a.doc, esc) })),
          })),
        },
        esc,
      ),
    );
  }
}
