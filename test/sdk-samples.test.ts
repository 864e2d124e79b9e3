/**
 * Every JSON and XML sample in the committed snapshot goes through the generated SDK's codecs and
 * back: deserialise with the generated descriptors, serialise again, compare (JSON deep-equal; XML
 * equal after canonicalising whitespace and namespace prefixes). A sample that does not round-trip
 * fails here; nothing is skipped.
 */
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';

import * as sdk from '../generated/src/index.js';
import { fromJson, toJson, type OperationSpec, type TypeDesc } from '../generated/src/runtime/index.js';
import { readXml, writeXml } from '../generated/src/runtime/xml.js';
import type { ApiIR, Sample } from '../ir/schema.js';
import { scrapeSnapshot } from '../scraper/index.js';
import { readSnapshot } from '../snapshot/read.js';

const ELEMENT_NODE = 1;
const TEXT_NODES = new Set([3, 4]);
const XMLNS = 'http://www.w3.org/2000/xmlns/';

/** Namespace-qualified names, no xmlns declarations, trimmed text: prefixes and indentation do not count. */
function canonicalXml(text: string): unknown {
  const doc = new DOMParser().parseFromString(text, 'text/xml');
  const walk = (el: Element): unknown => {
    const attrs: string[] = [];
    for (let i = 0; i < el.attributes.length; i++) {
      const a = el.attributes.item(i)!;
      if (a.namespaceURI === XMLNS || a.name === 'xmlns') continue;
      // i:type names a QName: compare its local part.
      attrs.push(`{${a.namespaceURI ?? ''}}${a.localName}=${a.value.replace(/^[^:]*:/, '')}`);
    }
    const children: unknown[] = [];
    let textContent = '';
    for (let n: Node | null = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === ELEMENT_NODE) children.push(walk(n as Element));
      else if (TEXT_NODES.has(n.nodeType)) textContent += n.nodeValue ?? '';
    }
    return {
      name: `{${el.namespaceURI ?? ''}}${el.localName}`,
      attrs: attrs.sort(),
      text: textContent.trim(),
      children,
    };
  };
  return walk(doc.documentElement as Element);
}

interface Case {
  id: string;
  direction: 'request' | 'response';
  format: 'json' | 'xml';
  text: string;
  type: TypeDesc;
}

let ir: ApiIR;
const cases: Case[] = [];

beforeAll(async () => {
  ir = scrapeSnapshot(await readSnapshot('site-snapshot'));
  // Each spec is its own export now; they are found by the help-page id they carry.
  // The index exports every operation's spec beside its function.
  const isSpec = (v: unknown): v is OperationSpec =>
    typeof v === 'object' && v !== null && 'pathParams' in v && 'method' in v && 'id' in v;
  const specs = new Map(
    Object.values(sdk as Record<string, unknown>)
      .filter(isSpec)
      .map((s) => [s.id, s]),
  );
  for (const op of ir.operations) {
    const spec = specs.get(op.id);
    if (!spec) throw new Error(`generated/ has no operation ${op.id}: run npm run generate`);
    const add = (samples: Sample[], direction: Case['direction'], type: TypeDesc | null) => {
      for (const s of samples) {
        if (s.text === null || s.format === 'other') continue;
        if (!type) throw new Error(`${op.id}: a ${direction} sample but no ${direction} type`);
        cases.push({ id: op.id, direction, format: s.format, text: s.text, type });
      }
    };
    add(op.requestSamples, 'request', spec.body);
    add(op.responseSamples, 'response', spec.response);
  }
});

describe('doc samples round-trip through the generated SDK', () => {
  it('finds samples of both formats and directions', () => {
    const count = (f: string, d: string) => cases.filter((c) => c.format === f && c.direction === d).length;
    const summary = {
      jsonRequest: count('json', 'request'),
      jsonResponse: count('json', 'response'),
      xmlRequest: count('xml', 'request'),
      xmlResponse: count('xml', 'response'),
    };
    console.log(`round-tripping ${cases.length} samples: ${JSON.stringify(summary)}`);
    expect(Object.values(summary).every((n) => n > 0)).toBe(true);
    expect(cases.length).toBeGreaterThan(100);
  });

  it('every JSON sample deserialises and serialises back to the same value', () => {
    const failures: string[] = [];
    let passed = 0;
    for (const c of cases.filter((x) => x.format === 'json')) {
      try {
        const parsed: unknown = JSON.parse(c.text);
        const back = JSON.parse(JSON.stringify(toJson(fromJson(parsed, c.type), c.type)));
        expect(back).toEqual(parsed);
        passed++;
      } catch (err) {
        failures.push(`${c.id} ${c.direction} json: ${(err as Error).message.split('\n')[0]}`);
      }
    }
    console.log(`JSON samples round-tripped: ${passed}`);
    expect(failures).toEqual([]);
  });

  it('every XML sample deserialises and serialises back to the same document', () => {
    const failures: string[] = [];
    let passed = 0;
    for (const c of cases.filter((x) => x.format === 'xml')) {
      try {
        const value = readXml(c.text, c.type);
        expect(canonicalXml(writeXml(value, c.type))).toEqual(canonicalXml(c.text));
        passed++;
      } catch (err) {
        failures.push(`${c.id} ${c.direction} xml: ${(err as Error).message.split('\n')[0]}`);
      }
    }
    console.log(`XML samples round-tripped: ${passed}`);
    expect(failures).toEqual([]);
  });
});
