/**
 * XML deserialisation throughput of the SDK runtime (`readXml`, walking the descriptors the emitter
 * writes beside the models) against fast-xml-parser's generic parse plus a hand-written mapping to
 * the same objects, on two XML response samples of the snapshot: a list of company contacts (nested
 * models, collections, namespaces) and a contact search result (flat matches). Each is measured as
 * the sample itself and as a large document with its items repeated.
 */
import { isDeepStrictEqual } from 'node:util';
import { XMLParser } from 'fast-xml-parser';

import { liveDescriptors, liveLinks } from '../emitter/descriptors.js';
import { planSdk } from '../emitter/plan.js';
import { responseDesc } from '../emitter/type-map.js';
import type { ApiIR } from '../ir/schema.js';
import { decodeBase64 } from '../templates/runtime/base64.js';
import type { TypeDesc } from '../templates/runtime/schema.js';
import { pickComplex } from '../templates/runtime/shapes.js';
import { buildQuery } from '../templates/runtime/url.js';
import { readXml } from '../templates/runtime/xml.js';
import { measure, ratio, type Measurement } from './harness.js';
import { megabytes, perSecond, times, type Row, type Section } from './report.js';

/** fast-xml-parser's output: element name -> text, nested object, or array (for the item tags below). */
type Raw = Record<string, unknown>;
type Mapped = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  // Values stay text; the mapping converts them, as the runtime does from the descriptors.
  parseTagValue: false,
  isArray: (tag) => tag === 'CrmCompanyContact' || tag === 'Category' || tag === 'CrmContactSearchMatch',
});

// The hand-written mapping: what one would write per model without descriptors. It covers the
// members the samples hold; a key is set only when its element is there, as the runtime does.
function put<T>(out: Mapped, key: string, raw: unknown, convert: (v: T) => unknown): void {
  if (raw !== undefined) out[key] = convert(raw as T);
}
const text = (v: string) => v;
const num = (v: string) => Number(v);
const bool = (v: string) => v === 'true' || v === '1';
const list = (v: Raw | '', item: string, map: (x: Raw) => Mapped) =>
  v === '' ? [] : ((v[item] ?? []) as Raw[]).map(map);

function coordinate(x: Raw): Mapped {
  const o: Mapped = {};
  put(o, 'latitude', x.Latitude, num);
  put(o, 'longitude', x.Longitude, num);
  return o;
}

function address(x: Raw): Mapped {
  const o: Mapped = {};
  put(o, 'city', x.City, text);
  put(o, 'countryCode', x.CountryCode, text);
  put(o, 'streetAddress', x.StreetAddress, text);
  put(o, 'wgs84Coordinate', x.Wgs84Coordinate, coordinate);
  put(o, 'zipCode', x.ZipCode, text);
  return o;
}

function category(x: Raw): Mapped {
  const o: Mapped = {};
  put(o, 'id', x.Id, text);
  put(o, 'name', x.Name, text);
  put(o, 'readOnly', x.ReadOnly, bool);
  return o;
}

function email(x: Raw): Mapped {
  const o: Mapped = {};
  put(o, 'emailAddress', x.EmailAddress, text);
  put(o, 'emailAddress2', x.EmailAddress2, text);
  return o;
}

function telephone(x: Raw): Mapped {
  const o: Mapped = {};
  put(o, 'other', x.Other, text);
  put(o, 'switch', x.Switch, text);
  return o;
}

function companyContact(x: Raw): Mapped {
  const o: Mapped = {};
  put(o, 'address', x.Address, address);
  put(o, 'advertisingEnabled', x.AdvertisingEnabled, bool);
  put(o, 'agentId', x.AgentId, text);
  put(o, 'categories', x.Categories, (v: Raw | '') => list(v, 'Category', category));
  put(o, 'changedAt', x.ChangedAt, text);
  put(o, 'corporateNumber', x.CorporateNumber, text);
  put(o, 'createdAt', x.CreatedAt, text);
  put(o, 'customerId', x.CustomerId, text);
  put(o, 'email', x.Email, email);
  put(o, 'homePage', x.HomePage, text);
  put(o, 'id', x.Id, text);
  put(o, 'isForeignCorporateNumber', x.IsForeignCorporateNumber, bool);
  put(o, 'leadScore', x.LeadScore, num);
  put(o, 'name', x.Name, text);
  put(o, 'note', x.Note, text);
  put(o, 'telephone', x.Telephone, telephone);
  put(o, 'type', x.Type, text);
  return o;
}

function searchMatch(x: Raw): Mapped {
  const o: Mapped = {};
  put(o, 'changedAt', x.ChangedAt, text);
  put(o, 'customerId', x.CustomerId, text);
  put(o, 'id', x.Id, text);
  put(o, 'score', x.Score, num);
  put(o, 'type', x.Type, text);
  return o;
}

interface Workload {
  label: string;
  operationId: string;
  /** The element holding the repeated items, and the item element. */
  container: string;
  item: string;
  /** Items in the large document. */
  count: number;
  handMapped: (xml: string) => unknown;
}

const WORKLOADS: readonly Workload[] = [
  {
    label: 'ArrayOfCrmCompanyContact',
    operationId: 'GET-CRM-Contact-customerId-Company',
    container: 'ArrayOfCrmCompanyContact',
    item: 'CrmCompanyContact',
    count: 2000,
    handMapped: (xml) =>
      list(parser.parse(xml).ArrayOfCrmCompanyContact as Raw | '', 'CrmCompanyContact', companyContact),
  },
  {
    label: 'CrmContactSearchList',
    operationId: 'GET-CRM-Contact-customerId-Search',
    container: 'Matches',
    item: 'CrmContactSearchMatch',
    count: 10000,
    handMapped: (xml) => {
      const root = parser.parse(xml).CrmContactSearchList as Raw;
      const o: Mapped = {};
      put(o, 'matches', root.Matches, (v: Raw | '') => list(v, 'CrmContactSearchMatch', searchMatch));
      return o;
    },
  },
];

/** The sample with the container's items replaced by `count` copies of its first item. */
export function repeatItems(xml: string, container: string, item: string, count: number, where: string): string {
  const open = new RegExp(`<(?:[\\w.-]+:)?${container}\\b[^>]*>`).exec(xml);
  const close = new RegExp(`</(?:[\\w.-]+:)?${container}>`).exec(xml);
  const inner = open && close ? xml.slice(open.index + open[0].length, close.index) : '';
  const first = new RegExp(`<((?:[\\w.-]+:)?${item})\\b[^>]*>[\\s\\S]*?</\\1>`).exec(inner);
  if (!open || !close || !first)
    throw new Error(`${where}: expected a <${container}> holding <${item}> elements in the XML sample`);
  const indent = /\n([ \t]*)</.exec(inner)?.[1] ?? '';
  const closingIndent = /\n([ \t]*)$/.exec(inner)?.[1] ?? '';
  const items = Array.from({ length: count }, () => `\n${indent}${first[0]}`).join('');
  return `${xml.slice(0, open.index + open[0].length)}${items}\n${closingIndent}${xml.slice(close.index)}`;
}

interface Decoder {
  label: string;
  decode: (xml: string) => unknown;
}

async function timeDecoders(
  decoders: readonly Decoder[],
  xml: string,
  docs: number,
  size: string,
  items: number,
  runs: number,
): Promise<{ rows: Row[]; ms: Measurement[] }> {
  const rows: Row[] = [];
  const ms: Measurement[] = [];
  for (const d of decoders) {
    const m = await measure(
      `${d.label}, ${size}`,
      () => {
        for (let i = 0; i < docs; i += 1) d.decode(xml);
      },
      { warmup: 2, runs, warmupMs: 250 },
    );
    const mbPerS = (xml.length * docs) / 1024 / 1024 / (m.median / 1000);
    rows.push({
      measurement: m,
      rate: `${perSecond(docs, 'docs', m)}, ${mbPerS.toFixed(1)} MB/s, ${perSecond(items * docs, 'items', m)}`,
    });
    ms.push(m);
  }
  return { rows, ms };
}

export async function benchXml(ir: ApiIR): Promise<Section> {
  const sdk = planSdk(ir);
  const runtime = { buildQuery, decodeBase64, pickComplex };
  const links = liveLinks(liveDescriptors(sdk, runtime), runtime);
  const rows: Row[] = [];
  const notes: string[] = [];
  for (const w of WORKLOADS) {
    const op = ir.operations.find((o) => o.id === w.operationId);
    const sample = op?.responseSamples.find((s) => s.format === 'xml')?.text;
    const type = op ? (responseDesc(op, sdk, links) as TypeDesc | null) : null;
    if (!op || !sample || !type)
      throw new Error(
        `${w.operationId}: expected this operation in the snapshot with an XML response sample and a response type`,
      );
    const decoders: Decoder[] = [
      { label: `runtime readXml, ${w.label}`, decode: (xml) => readXml(xml, type) },
      { label: `fast-xml-parser + mapping, ${w.label}`, decode: w.handMapped },
    ];
    const large = repeatItems(sample, w.container, w.item, w.count, op.sourceUrl);
    // Both sides must build the same objects, or the ratio compares different work.
    for (const xml of [sample, large]) {
      if (!isDeepStrictEqual(decoders[0]!.decode(xml), decoders[1]!.decode(xml))) {
        throw new Error(
          `${w.label}: the hand-written mapping and readXml disagree on the ${xml === sample ? 'sample' : 'large document'}`,
        );
      }
    }
    const sampleItems = (sample.match(new RegExp(`<(?:\\w+:)?${w.item}[\\s>]`, 'g')) ?? []).length;
    // Five and three runs: the ratios sit far from their target (1.0x), and the bench must stay under three minutes.
    const small = await timeDecoders(decoders, sample, 200, `sample x200`, sampleItems, 5);
    const big = await timeDecoders(decoders, large, 1, `${w.count} items ${megabytes(large.length)}`, w.count, 3);
    rows.push(...small.rows, ...big.rows);
    notes.push(
      `${w.label}: runtime / fast-xml-parser+mapping = ${times(ratio(small.ms[0]!, small.ms[1]!))} on the sample, ${times(ratio(big.ms[0]!, big.ms[1]!))} on ${w.count} items`,
    );
  }
  return { title: 'XML deserialisation (runtime codec vs fast-xml-parser + hand-written mapping)', rows, notes };
}
