/**
 * The emitter writes its TypeScript already laid out as prettier would (emitter/printer.ts), so `generate`
 * never runs prettier: every file it writes must come back unchanged from prettier with the options the
 * output always had. Inputs: the committed SDK, the emitter fixture (hostile doc text), the stock and
 * adversarial fixture sites, and an IR of overlong names, unions, paths and descriptions that forces every
 * width-dependent layout to break.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { format, type Options } from 'prettier';
import { describe, expect, it } from 'vitest';

import { printDoc } from '../emitter/doc.js';
import { emitSdk } from '../emitter/index.js';
import { arrayDoc, callArgs, objectDoc, quoteJson, typeDoc } from '../emitter/printer.js';
import type { ApiIR } from '../ir/schema.js';
import { scrapeSnapshot } from '../scraper/index.js';
import { readSnapshot } from '../snapshot/read.js';
import { fixtureIr } from './emitter-fixture.js';
import {
  complexType,
  enumMember,
  enumType,
  group,
  int,
  irDocument,
  list,
  operation,
  parameter,
  property,
  ref,
  str,
} from './ir-builders.js';

const OPTIONS: Options = {
  printWidth: 110,
  tabWidth: 2,
  useTabs: false,
  semi: true,
  singleQuote: true,
  trailingComma: 'all',
  bracketSpacing: true,
  arrowParens: 'always',
  endOfLine: 'lf',
  proseWrap: 'preserve',
};
const PARSERS: Record<string, string> = { '.ts': 'typescript', '.json': 'json', '.md': 'markdown' };

/** The files prettier would change, each with its first differing line. */
async function unstable(files: ReadonlyMap<string, string>): Promise<string[]> {
  const changed: string[] = [];
  for (const [name, text] of files) {
    const parser = PARSERS[path.extname(name)];
    if (parser === undefined) continue;
    const formatted = await format(text, { ...OPTIONS, parser, filepath: name });
    if (formatted === text) continue;
    const a = text.split('\n');
    const b = formatted.split('\n');
    const i = a.findIndex((l, n) => l !== b[n]);
    changed.push(`${name}:${i + 1}\n  wrote:    ${a[i]}\n  prettier: ${b[i]}`);
  }
  return changed;
}

const LONG = 'Ett mycket långt namn som inte ryms på en rad alls'.replace(/ /g, '');
const WORDS = 'lång text utan slut som fortsätter '.repeat(12);

/** Names, unions and texts long enough to break every layout the printer decides by width. */
function longIr(): ApiIR {
  const model = `${LONG}_${LONG}${LONG}`;
  return irDocument({
    types: [
      complexType(model, [
        property(`${LONG}${LONG}Egenskap`, list(ref(`${LONG}_Status${LONG}`)), { description: WORDS }),
        property('Kort', ref(`${LONG}_Status${LONG}`), {
          required: true,
          constraints: { minimum: -1.5, maximum: 1e300 },
        }),
        property('Odd-Key "quoted"', list(list(str))),
        property('1st', int, { default: 0.5 }),
      ]),
      enumType(
        `${LONG}_Status${LONG}`,
        Array.from({ length: 12 }, (_, i) => enumMember(`Medlem${i}${LONG}`, { value: i, description: WORDS })),
      ),
      enumType(`${LONG}_Tom`, []),
    ],
    operations: [
      operation('POST', `${LONG}/${LONG}/{customerId}/{${LONG}Id}/{thirdParameterWithALongName}`, {
        group: LONG,
        summary: WORDS,
        parameters: [
          parameter('customerId', 'path', str),
          parameter(`${LONG}Id`, 'path', int),
          parameter('thirdParameterWithALongName', 'path', str),
          parameter(`${LONG}Query`, 'query', ref(`${LONG}_Status${LONG}`), { required: true }),
        ],
        body: { type: list(ref(model)), description: WORDS },
        response: {
          type: list(ref(model)),
          alternatives: [list(ref(model)), list(ref(`${LONG}_Status${LONG}`))],
          description: WORDS,
        },
      }),
    ],
    groups: [group(LONG, { description: WORDS, name: `${LONG} ${LONG}` })],
  });
}

async function fixtureSite(dir: string): Promise<ApiIR> {
  return scrapeSnapshot(await readSnapshot(dir));
}

async function committed(): Promise<Map<string, string>> {
  const root = path.resolve('generated');
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = new Map<string, string>();
  for (const e of entries) {
    // openapi.json and the stamp are JSON.stringify's, not the emitter's.
    if (!e.isFile() || e.name === 'openapi.json' || e.name === '.vitec-codegen.json') continue;
    const file = path.join(e.parentPath, e.name);
    files.set(path.relative(root, file), await readFile(file, 'utf8'));
  }
  return files;
}

describe('emitted files are prettier-stable', () => {
  it('the committed SDK', async () => {
    const files = await committed();
    expect(files.size).toBeGreaterThan(50);
    expect(await unstable(files)).toEqual([]);
  });

  it.each([
    ['the emitter fixture', () => Promise.resolve(fixtureIr())],
    ['overlong names, unions and texts', () => Promise.resolve(longIr())],
    ['the stock fixture site', () => fixtureSite('test/fixtures/stock-site')],
    ['the stock fixture snapshot', () => fixtureSite('test/fixtures/stock-snapshot')],
    ['the adversarial fixture site', () => fixtureSite('test/fixtures/adversarial-site')],
  ])('%s', async (_, ir) => {
    const files = emitSdk(await ir());
    expect(files.size).toBeGreaterThan(10);
    expect(await unstable(files)).toEqual([]);
  });
});

describe('printer layouts', () => {
  it('breaks a group only when its line does not fit', () => {
    const doc = ['call', callArgs(['first', objectDoc(['a: 1', 'b: 2']), 'last'])];
    expect(printDoc(doc, 110)).toBe('call(first, { a: 1, b: 2 }, last)');
    expect(printDoc(doc, 20)).toBe('call(\n  first,\n  { a: 1, b: 2 },\n  last,\n)');
  });

  it('hugs an object last argument while the rest fits', () => {
    const doc = ['new Core', callArgs(['options', objectDoc(["baseUrl: 'https://example.com'"])], true)];
    expect(printDoc(doc, 30)).toBe("new Core(options, {\n  baseUrl: 'https://example.com',\n})");
  });

  it('quotes as prettier does: single unless that needs more escapes', () => {
    expect([quoteJson('"plain"'), quoteJson(`"it's"`), quoteJson('"q\\"uote"'), quoteJson('"a\\nb"')]).toEqual([
      "'plain'",
      `"it's"`,
      `'q"uote'`,
      "'a\\nb'",
    ]);
  });

  it('breaks a long union in a type argument one member a line', () => {
    const doc = typeDoc('Promise<Array<AAAAAAAAAA | BBBBBBBBBB>>');
    expect(printDoc(doc, 20)).toBe('Promise<\n  Array<\n    | AAAAAAAAAA\n    | BBBBBBBBBB\n  >\n>');
    expect(printDoc(arrayDoc([]), 20)).toBe('[]');
  });
});
