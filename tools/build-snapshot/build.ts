/**
 * Evidence -> the pages of the reconstructed site, in order: parse every file, collect the type
 * tables, fill in the XML samples, add the index. Pure: reading and writing happen in main.ts.
 */
import type { Evidence } from './evidence.js';
import {
  ORIGIN,
  type ApiLink,
  type EndpointPage,
  type IndexPage,
  type Page,
  type SampleSet,
  type TypedPart,
} from './page-model.js';
import {
  EvidenceError,
  parseCategoryPage,
  parseEndpointPage,
  parseModelPage,
  parseProsePage,
} from './parse-evidence.js';
import { buildRegistry, xmlSampleFromJson, type TypeRegistry } from './xml-from-json.js';

export const NOTIFY_URL = `${ORIGIN}/Help/Api/POST-User-Notify-customerId`;

export interface BuiltSite {
  pages: Page[];
  registry: TypeRegistry;
  /** Things worth a look that did not stop the build (e.g. the seed and the XML writer disagree). */
  notes: string[];
}

/** The samples of the seed page: JSON and XML blocks, in page order. */
export function seedSamples(seed: string, where: string): { json: string[]; xml: string[] } {
  const json = [...seed.matchAll(/^(\{\n[\s\S]*?\n\}|true|false|"[^"\n]*")$/gm)].map((m) => m[1]!);
  const xml = [...seed.matchAll(/^(<([A-Za-z][\w.]*)[ >][\s\S]*?<\/\2>)/gm)].map((m) => m[1]!);
  if (json.length < 2 || xml.length < 2)
    throw new EvidenceError(`${where}: expected a JSON and an XML sample for the request and the response`);
  return { json, xml };
}

function withSample(set: SampleSet, idPrefix: string, text: string): SampleSet {
  return {
    ...set,
    tabs: set.tabs.map((t) => (t.idPrefix === idPrefix ? { ...t, sample: { kind: 'text', text } } : t)),
  };
}

function fillXml(
  set: SampleSet | null,
  part: TypedPart | null,
  registry: TypeRegistry,
  where: string,
): SampleSet | null {
  if (!set || !part) return set;
  const json = set.tabs.find((t) => t.idPrefix === 'json')?.sample;
  if (!json || json.kind !== 'text' || !set.tabs.some((t) => t.idPrefix === 'xml')) return set;
  return withSample(set, 'xml', xmlSampleFromJson(json.text, part, registry, where));
}

export function buildSite(evidence: Evidence): BuiltSite {
  const notes: string[] = [];
  let endpoints = evidence.endpoints.map((f) => parseEndpointPage(f.text, f.name));
  const models = evidence.models.map((f) => parseModelPage(f.text, f.name));
  const registry = buildRegistry(models, endpoints);

  endpoints = endpoints.map((e) => ({
    ...e,
    requestSamples: fillXml(e.requestSamples, e.body, registry, `${e.url} (request)`),
    responseSamples: fillXml(e.responseSamples, e.response, registry, `${e.url} (response)`),
  }));

  // The Notify page is the one page whose real text we have: take its samples from the seed.
  const seed = seedSamples(evidence.seed.text, evidence.seed.name);
  endpoints = endpoints.map((e) => {
    if (e.url !== NOTIFY_URL || !e.requestSamples || !e.responseSamples) return e;
    const checks: [SampleSet, number][] = [
      [e.requestSamples, 0],
      [e.responseSamples, 1],
    ];
    for (const [set, i] of checks) {
      const generated = set.tabs.find((t) => t.idPrefix === 'xml')?.sample;
      if (generated?.kind === 'text' && generated.text !== seed.xml[i])
        notes.push(`${e.url}: generated XML sample ${i + 1} differs from the seed; the seed's is used`);
    }
    return {
      ...e,
      requestSamples: withSample(withSample(e.requestSamples, 'json', seed.json[0]!), 'xml', seed.xml[0]!),
      responseSamples: withSample(withSample(e.responseSamples, 'json', seed.json[1]!), 'xml', seed.xml[1]!),
    };
  });

  const category = parseCategoryPage(evidence.category.text, evidence.category.name);
  const technical = parseProsePage(evidence.technicalInformation.text, evidence.technicalInformation.name);
  const index = indexPage();
  const pages: Page[] = [index, category, technical, ...endpoints, ...models];
  return { pages, registry, notes };
}

export function apiLinkOf(e: EndpointPage): ApiLink {
  return { method: e.method, path: e.path, href: e.url.slice(ORIGIN.length), doc: e.docParagraphs[0] ?? '' };
}

/** The Vitec index links sections, categories and prose; the stock theme fills in `controllers`. */
function indexPage(): IndexPage {
  return {
    kind: 'index',
    url: `${ORIGIN}/Help`,
    prose: [
      { href: '/Help/TechnicalInformation', label: 'Teknisk information' },
      { href: '/Help/NotificationsApi', label: 'Notifieringar (webhooks)' },
      { href: '/Help/TermExtend', label: 'Utökade villkor' },
      { href: '/Help/AdvertisingPreview', label: 'Förhandsgranskning av annonser' },
      { href: '/Help/KomponentKontakta', label: 'Komponent Kontakta' },
    ],
    sections: [
      { href: '/Help/Section?id=advertising', label: 'Annonsering' },
      { href: '/Help/Section?id=aml', label: 'AML' },
      { href: '/Help/Section?id=businessintelligence2', label: 'Beslutsstöd' },
      { href: '/Help/Section?id=economy', label: 'Ekonomi' },
      { href: '/Help/Section?id=mypages1', label: 'Mina sidor' },
    ],
    categories: [{ href: '/Help/Category?version=v1&categoryId=CRM-Contact', label: 'CRM med inriktning kontakter' }],
    controllers: [],
  };
}
