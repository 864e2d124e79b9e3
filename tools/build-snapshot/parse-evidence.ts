/**
 * Markdown evidence (pages converted from the real site's HTML) -> page models.
 * Structure comes from the `marked` lexer; table cells and type lines are read with small,
 * anchored patterns because the converter flattened them to one line of inline Markdown.
 */
import { marked, type Token, type Tokens } from 'marked';

import {
  ORIGIN,
  type ApiLink,
  type CategoryPage,
  type EndpointPage,
  type EnumValue,
  type ModelPage,
  type ModelTable,
  type PropertyRow,
  type ProsePage,
  type Sample,
  type SampleSet,
  type SampleTab,
  type TypedPart,
  type TypeRef,
} from './page-model.js';

export class EvidenceError extends Error {
  override name = 'EvidenceError';
}

/** The source URL from the first-line comment `<!-- URL, fetched … -->`. */
export function sourceUrl(markdown: string, where: string): string {
  const m = /^<!-- (https:\/\/\S+?),? fetched [^>]*-->/.exec(markdown);
  if (!m) throw new EvidenceError(`${where}: expected a first-line comment "<!-- URL, fetched DATE -->"`);
  return m[1]!;
}

const MODEL_HREF = /^(?:https:\/\/connect\.maklare\.vitec\.net)?\/Help\/ResourceModel\?modelName=([A-Za-z0-9_]+)$/;
const SIMPLE_TYPES = [
  'string',
  'integer',
  'boolean',
  'date',
  'decimal number',
  'byte',
  'globally unique identifier',
  'time interval',
  'URI',
  'Object',
];
const SIMPLE_TYPE_ALT = SIMPLE_TYPES.join('|');

/** Parse a type cell: `string`, `[X](…modelName=P_X)`, `Collection of …`. Null when it is none of these. */
export function parseTypeText(text: string): TypeRef | null {
  const t = text.trim();
  const coll = /^Collection of (.+)$/.exec(t);
  if (coll) {
    const of = parseTypeText(coll[1]!);
    return of ? { kind: 'collection', of } : null;
  }
  const link = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(t);
  if (link) {
    const href = MODEL_HREF.exec(link[2]!);
    return href ? { kind: 'model', name: link[1]!, modelName: href[1]! } : null;
  }
  return SIMPLE_TYPES.includes(t) ? { kind: 'simple', name: t } : null;
}

/**
 * Split a paragraph `doc TYPE` (the converter joined the documentation and the type line) into its
 * parts. A paragraph with no recognisable type at its end is all documentation.
 */
export function splitDocAndType(text: string): { doc: string; type: TypeRef | null } {
  const t = text.trim();
  const m =
    new RegExp(`^(.*?)\\s*((?:Collection of )?\\[[^\\]]+\\]\\([^)\\s]+\\))$`, 's').exec(t) ??
    new RegExp(`^(.*?)\\s*((?:Collection of )?(?:${SIMPLE_TYPE_ALT}))$`, 's').exec(t);
  if (m) {
    const type = parseTypeText(m[2]!);
    if (type && (m[1] === '' || /\s$/.test(t.slice(0, t.length - m[2]!.length)))) return { doc: m[1]!, type };
  }
  return { doc: t, type: null };
}

const ANNOTATION_PATTERNS: RegExp[] = [
  /^(?:Krävs|Required)(?=\s|$)/,
  /^(?:Min length|Max length): \d+/,
  /^String length: inclusive between \d+ and \d+/,
  /^Range: inclusive between \S+ and \S+/,
  /^\S+ krävs(?=\s|$)/,
  // A length message, with the free text some messages carry after a comma.
  /^\S+(?: \S+)?? måste vara mellan \d+ och \d+ tecken(?:,[^.]*?(?=\s+\S+ (?:krävs|måste vara mellan)|$))?/,
  /^[^.]*?\.(?=\s|$)/,
];

/**
 * The Information cell as the converter flattened it: several annotation paragraphs joined by
 * spaces (`Kund-id krävs Kund-id måste vara mellan 0 och 40 tecken`). Split it back.
 */
export function splitAnnotations(text: string): string[] {
  const out: string[] = [];
  let rest = text.trim();
  while (rest.length > 0) {
    let taken: string | null = null;
    for (const re of ANNOTATION_PATTERNS) {
      const m = re.exec(rest);
      if (m) {
        taken = m[0];
        break;
      }
    }
    if (taken === null) {
      out.push(rest);
      break;
    }
    out.push(taken.trim());
    rest = rest.slice(taken.length).trim();
  }
  return out;
}

function cellText(cell: Tokens.TableCell): string {
  return cell.text.trim();
}

function headerOf(table: Tokens.Table): string[] {
  return table.header.map(cellText);
}

function propertyRows(table: Tokens.Table, where: string): PropertyRow[] {
  const header = headerOf(table).join(' | ');
  if (header !== 'Namn | Beskrivning | Typ | Information') {
    throw new EvidenceError(
      `${where}: expected a property table "Namn | Beskrivning | Typ | Information", found "${header}"`,
    );
  }
  return table.rows.map((row, i) => {
    const [name, doc, type, info] = row.map(cellText);
    const parsed = parseTypeText(type ?? '');
    if (!parsed) throw new EvidenceError(`${where}: row ${i + 1} (${name}): cannot read the type cell "${type}"`);
    return { name: name!, doc: doc ?? '', type: parsed, annotations: splitAnnotations(info ?? '') };
  });
}

function enumValues(table: Tokens.Table, where: string): EnumValue[] {
  const header = headerOf(table).join(' | ');
  if (header !== 'Name | Value | Description') {
    throw new EvidenceError(`${where}: expected an enum table "Name | Value | Description", found "${header}"`);
  }
  return table.rows.map((row) => {
    const [name, value, doc] = row.map(cellText);
    return { name: name!, value: value ?? '', doc: doc ?? '' };
  });
}

/** Tokens without the blank ones and the leading source comment. */
function blocks(markdown: string): Token[] {
  return marked.lexer(markdown).filter((t) => t.type !== 'space' && !(t.type === 'html' && t.raw.startsWith('<!--')));
}

const TAB_LINK =
  /^\[([^\]]+)\]\(https:\/\/connect\.maklare\.vitec\.net#(json|xml|octet-stream|x-base64|[a-z-]+?)(\d+)\)$/;
const TYPE_ANCHOR = /^\[([^\]]+)\]\(https:\/\/connect\.maklare\.vitec\.net#([A-Za-z]+?)(\d+)\)$/;

function sampleSet(tokens: Token[], where: string): SampleSet {
  const [list, ...contents] = tokens;
  if (!list || list.type !== 'list') throw new EvidenceError(`${where}: expected the list of sample tabs`);
  const tabs = (list as Tokens.List).items.map((item) => {
    const m = TAB_LINK.exec(item.text.trim());
    if (!m) throw new EvidenceError(`${where}: cannot read the sample tab "${item.text.trim()}"`);
    return { mediaType: m[1]!, idPrefix: m[2]!, id: Number(m[3]) };
  });
  const ids = new Set(tabs.map((t) => t.id));
  if (ids.size !== 1) throw new EvidenceError(`${where}: sample tabs do not share one id`);
  // The converter kept every sample but the XML ones (escaped markup it dropped): fill the
  // other tabs in order, and leave XML to the XML writer.
  const samples: Sample[] = contents.map((t) => {
    if (t.type === 'code') return { kind: 'text', text: (t as Tokens.Code).text };
    if (t.type === 'paragraph' && (t as Tokens.Paragraph).text.trim() === 'Sample not available.')
      return { kind: 'unavailable' };
    throw new EvidenceError(`${where}: unexpected ${t.type} among the samples`);
  });
  const out: SampleTab[] = [];
  for (const tab of tabs) {
    if (tab.idPrefix === 'xml') {
      out.push({ mediaType: tab.mediaType, idPrefix: tab.idPrefix, sample: { kind: 'unavailable' } });
      continue;
    }
    const sample = samples.shift();
    if (!sample) throw new EvidenceError(`${where}: no sample for the tab "${tab.mediaType}"`);
    out.push({ mediaType: tab.mediaType, idPrefix: tab.idPrefix, sample });
  }
  if (samples.length > 0) throw new EvidenceError(`${where}: more samples than tabs`);
  return { id: tabs[0]!.id, tabs: out };
}

function typedPart(tokens: Token[], where: string): TypedPart {
  const part: TypedPart = { doc: '', type: null, rows: null, variants: [] };
  let anchors: { name: string; anchor: string }[] = [];
  let pendingVariant: { name: string; modelName: string } | null = null;
  let first = true;
  for (const t of tokens) {
    if (t.type === 'paragraph') {
      const text = (t as Tokens.Paragraph).text;
      if (anchors.length > 0) {
        const type = parseTypeText(text);
        if (!type || type.kind !== 'model')
          throw new EvidenceError(`${where}: expected a model link before a variant table, found "${text}"`);
        pendingVariant = { name: type.name, modelName: type.modelName };
        continue;
      }
      if (!first) throw new EvidenceError(`${where}: unexpected second paragraph "${text}"`);
      const { doc, type } = splitDocAndType(text);
      part.doc = doc;
      part.type = type;
      first = false;
    } else if (t.type === 'list') {
      anchors = (t as Tokens.List).items.map((item) => {
        const m = TYPE_ANCHOR.exec(item.text.trim());
        if (!m) throw new EvidenceError(`${where}: cannot read the type anchor "${item.text.trim()}"`);
        return { name: m[1]!, anchor: `${m[2]}${m[3]}` };
      });
      first = false;
    } else if (t.type === 'table') {
      const rows = propertyRows(t as Tokens.Table, where);
      if (pendingVariant) {
        const anchor = anchors.find((a) => a.name === pendingVariant!.name);
        if (!anchor) throw new EvidenceError(`${where}: no anchor listed for the variant ${pendingVariant.name}`);
        const table: ModelTable = { ...pendingVariant, rows };
        part.variants.push({ anchor: anchor.anchor, table });
        pendingVariant = null;
      } else if (part.rows === null && part.type !== null) {
        part.rows = rows;
      } else {
        throw new EvidenceError(`${where}: a property table with no type before it`);
      }
      first = false;
    } else {
      throw new EvidenceError(`${where}: unexpected ${t.type} block`);
    }
  }
  return part;
}

/** Split the block list at headings: heading text -> the blocks under it. */
function sections(tokens: Token[]): { heading: string; depth: number; body: Token[] }[] {
  const out: { heading: string; depth: number; body: Token[] }[] = [{ heading: '', depth: 0, body: [] }];
  for (const t of tokens) {
    if (t.type === 'heading')
      out.push({ heading: (t as Tokens.Heading).text.trim(), depth: (t as Tokens.Heading).depth, body: [] });
    else out[out.length - 1]!.body.push(t);
  }
  return out;
}

export function parseEndpointPage(markdown: string, where: string): EndpointPage {
  const url = sourceUrl(markdown, where);
  const secs = sections(blocks(markdown));
  const titleSec = secs.find((s) => s.depth === 1);
  const title = titleSec ? /^(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS) (\S+)$/.exec(titleSec.heading) : null;
  if (!titleSec || !title) throw new EvidenceError(`${where}: expected a "# METHOD path" title`);
  const page: EndpointPage = {
    kind: 'endpoint',
    url,
    method: title[1]!,
    path: title[2]!,
    docParagraphs: [],
    uriParams: [],
    body: null,
    requestSamples: null,
    response: { doc: '', type: null, rows: null, variants: [] },
    responseSamples: null,
  };
  for (const sec of secs) {
    const at = `${where} (${sec.heading || 'top'})`;
    switch (sec.heading) {
      case '':
      case 'Request Information':
      case 'Response Information':
      case 'Kodexempel':
      case 'Testformulär':
      case 'Text input':
        if (sec.heading === '' && sec.body.length > 0)
          throw new EvidenceError(`${at}: unexpected content before the title`);
        if (sec.heading !== '' && sec.heading !== 'Kodexempel' && sec.body.length > 0) {
          throw new EvidenceError(`${at}: unexpected content`);
        }
        break;
      case titleSec.heading:
        for (const t of sec.body) {
          if (t.type !== 'paragraph')
            throw new EvidenceError(`${at}: expected paragraphs of documentation, found ${t.type}`);
          page.docParagraphs.push((t as Tokens.Paragraph).text);
        }
        break;
      case 'URI Parameters': {
        const [table, ...more] = sec.body;
        if (!table || table.type !== 'table' || more.length > 0) throw new EvidenceError(`${at}: expected one table`);
        page.uriParams = propertyRows(table as Tokens.Table, at);
        break;
      }
      case 'Body Parameters':
        page.body = typedPart(sec.body, at);
        break;
      case 'Request Formats':
        page.requestSamples = sampleSet(sec.body, at);
        break;
      case 'Resource Description':
        page.response = typedPart(sec.body, at);
        break;
      case 'Response Formats':
        page.responseSamples = sampleSet(sec.body, at);
        break;
      default:
        throw new EvidenceError(`${at}: unknown section`);
    }
  }
  return page;
}

export function parseModelPage(markdown: string, where: string): ModelPage {
  const url = sourceUrl(markdown, where);
  const modelName = /[?&]modelName=([A-Za-z0-9_]+)$/.exec(url)?.[1];
  if (!modelName) throw new EvidenceError(`${where}: source URL ${url} is not a ResourceModel page`);
  const [head, ...rest] = blocks(markdown);
  if (!head || head.type !== 'heading') throw new EvidenceError(`${where}: expected a "# Name" title`);
  const docs: string[] = [];
  let content: ModelPage['content'] | null = null;
  for (const t of rest) {
    if (t.type === 'paragraph' && content === null) docs.push((t as Tokens.Paragraph).text);
    else if (t.type === 'table' && content === null) {
      const table = t as Tokens.Table;
      content =
        headerOf(table)[0] === 'Name'
          ? { kind: 'enum', values: enumValues(table, where) }
          : { kind: 'complex', rows: propertyRows(table, where) };
    } else throw new EvidenceError(`${where}: unexpected ${t.type} block`);
  }
  if (!content) throw new EvidenceError(`${where}: expected a property or enum table`);
  return { kind: 'model', url, modelName, name: (head as Tokens.Heading).text.trim(), doc: docs.join('\n\n'), content };
}

function apiLink(cells: string[], where: string): ApiLink {
  const m = /^\[(\S+) ([^\]]+)\]\((\S+)\)$/.exec(cells[0] ?? '');
  if (!m) throw new EvidenceError(`${where}: cannot read the API cell "${cells[0]}"`);
  return { method: m[1]!, path: m[2]!, href: relativeHref(m[3]!), doc: cells[1] ?? '' };
}

export function parseCategoryPage(markdown: string, where: string): CategoryPage {
  const url = sourceUrl(markdown, where);
  const secs = sections(blocks(markdown));
  const [top, titleSec, ...groupSecs] = secs;
  if (top!.body.length > 0 || !titleSec || titleSec.body.length > 0) {
    throw new EvidenceError(`${where}: expected a title heading with nothing under it`);
  }
  const groups = groupSecs.map((sec) => {
    const at = `${where} (group ${sec.heading})`;
    let doc = '';
    let apis: ApiLink[] | null = null;
    for (const t of sec.body) {
      if (t.type === 'paragraph' && apis === null) doc = (t as Tokens.Paragraph).text;
      else if (t.type === 'table' && apis === null) {
        const table = t as Tokens.Table;
        if (headerOf(table).join(' | ') !== 'API | Beskrivning')
          throw new EvidenceError(`${at}: expected an "API | Beskrivning" table`);
        apis = table.rows.map((row) => apiLink(row.map(cellText), at));
      } else throw new EvidenceError(`${at}: unexpected ${t.type} block`);
    }
    if (!apis) throw new EvidenceError(`${at}: no API table`);
    return { heading: sec.heading, doc, apis };
  });
  return { kind: 'category', url, title: titleSec.heading, groups };
}

export function parseProsePage(markdown: string, where: string): ProsePage {
  const url = sourceUrl(markdown, where);
  const body = markdown.replace(/^<!--[^>]*-->\s*/, '');
  const heading = blocks(markdown).find((t) => t.type === 'heading') as Tokens.Heading | undefined;
  if (!heading) throw new EvidenceError(`${where}: expected a heading`);
  return { kind: 'prose', url, title: heading.text.trim(), markdown: body };
}

/** The converter made the site's own links absolute; the site writes them root-relative. */
export function relativeHref(href: string): string {
  return href.startsWith(`${ORIGIN}/`) ? href.slice(ORIGIN.length) : href;
}
