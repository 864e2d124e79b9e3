/** A built site -> rendered pages of one theme (the stock theme renders only the fixture's pages). */
import { apiLinkOf, NOTIFY_URL, type BuiltSite } from './build.js';
import { ORIGIN, type EndpointPage, type IndexPage, type Page } from './page-model.js';
import { StockRenderer } from './render-stock.js';
import { VitecRenderer } from './render-vitec.js';
import type { RenderedPage } from './snapshot-writer.js';
import { variationFor } from './variation.js';

/** Rendered as plain as the reference page, so that the committed page can be checked against it. */
export const PLAIN_URLS: ReadonlySet<string> = new Set([NOTIFY_URL]);

/**
 * The stock fixture: the index, three endpoints (a body and a bare boolean result; a polymorphic
 * result; query parameters) by their controller, an enum and a complex model.
 */
export const STOCK_ENDPOINTS: ReadonlyMap<string, string> = new Map([
  [NOTIFY_URL, 'User'],
  [`${ORIGIN}/Help/Api/GET-CRM-Contact-customerId-contactId`, 'CrmContact'],
  [`${ORIGIN}/Help/Api/GET-CRM-Contact-customerId-Search`, 'CrmContact'],
]);
export const STOCK_MODELS: ReadonlySet<string> = new Set([
  `${ORIGIN}/Help/ResourceModel?modelName=Models_ContactType`,
  `${ORIGIN}/Help/ResourceModel?modelName=Crm_CrmPersonContact`,
]);

function stockPages(site: BuiltSite): Page[] {
  const endpoints = site.pages.filter((p): p is EndpointPage => p.kind === 'endpoint' && STOCK_ENDPOINTS.has(p.url));
  const models = site.pages.filter((p) => p.kind === 'model' && STOCK_MODELS.has(p.url));
  const missing = [...STOCK_ENDPOINTS.keys(), ...STOCK_MODELS].filter((u) => !site.pages.some((p) => p.url === u));
  if (missing.length > 0) throw new Error(`stock fixture: no evidence for ${missing.join(', ')}`);
  const controllers = new Map<string, IndexPage['controllers'][number]>();
  for (const e of endpoints) {
    const name = STOCK_ENDPOINTS.get(e.url)!;
    const c = controllers.get(name) ?? { name, apis: [] };
    c.apis.push(apiLinkOf(e));
    controllers.set(name, c);
  }
  const siteIndex = site.pages.find((p): p is IndexPage => p.kind === 'index');
  if (!siteIndex) throw new Error('stock fixture: the site has no index page');
  const index: IndexPage = { ...siteIndex, controllers: [...controllers.values()] };
  return [index, ...endpoints, ...models];
}

export function renderSite(site: BuiltSite, theme: 'vitec' | 'stock'): RenderedPage[] {
  if (theme === 'stock') {
    const r = new StockRenderer();
    return stockPages(site).map((p) => ({ url: p.url, html: r.render(p) }));
  }
  const r = new VitecRenderer(site.registry);
  return site.pages.map((p) => ({ url: p.url, html: r.render(p, variationFor(p.url, PLAIN_URLS)) }));
}
