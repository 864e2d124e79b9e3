/**
 * Names that break naive generated code, end to end: the adversarial fixture site (members named
 * `__proto__`, `constructor`, `toString`, `valueOf`, `Åsa`, case-only twins `Name`/`NAME`, and
 * DataMember names `1st`, `/*`, `*\/`, backticks, `${x}` and a double quote, which DataContract XML
 * writes XmlConvert-encoded) is crawled from 127.0.0.1, scraped and emitted; the SDK and its
 * README's examples type-check under the SDK's own strict tsconfig, and one echo call in JSON and
 * in XML sends exactly the wire names the page documents and returns exactly the keys given.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { Validator } from '@seriousme/openapi-schema-validator';
import { DOMParser } from '@xmldom/xmldom';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { emitSdk, generateTo } from '../../emitter/index.js';
import type { ApiIR } from '../../ir/schema.js';
import { serializeOpenApi, toOpenApi } from '../../openapi/index.js';
import { compile, crawlFixture, report } from './support.js';

const FIXTURE = path.resolve('test/fixtures/adversarial-site');
const ROOT = path.resolve('generated-test-tmp');
const NS = 'http://schemas.datacontract.org/2004/07/Odd.Api.Models';

/** The JSON sample's member names, in its order (also the SDK's keys: key = JSON wire name). */
const JSON_NAMES = [
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'Åsa',
  'Name',
  'NAME',
  '_1st',
  '1st',
  '/*',
  '*/',
  '`tick`',
  '${x}',
  'q"uote',
  'Kind',
];
/** The XML sample's element names, in its (DataContract) order. */
const XML_NAMES = [
  '_x0024__x007B_x_x007D_',
  '_x002A__x002F_',
  '_x002F__x002A_',
  '_x0031_st',
  'Kind',
  'NAME',
  'Name',
  '_1st',
  '__proto__',
  '_x0060_tick_x0060_',
  'constructor',
  'q_x0022_uote',
  'toString',
  'valueOf',
  'Åsa',
];
const ENUM_MEMBERS = ['__proto__', 'constructor', 'toString', 'valueOf', 'Åsa', 'Ärende'];

type Echo = (body: unknown) => Promise<unknown>;
interface Sdk {
  OddNamesAPIClient: new (options: Record<string, unknown>) => { odd: { apiOddEcho: Echo } };
  OddKind: Record<string, string>;
}

let parent = '';
let ir: ApiIR;
let sdkDir = '';
let sdk: Sdk;
/** The SDK's `/xml` entry's codec, given to the client for the XML calls. */
let xmlCodec: unknown;
let api: Server;
let apiUrl = '';
const seen: { contentType: string; body: string }[] = [];

/**
 * The README's TypeScript blocks as one module of the SDK: the package name points at its own
 * index, and `process` (Node's, which the SDK's tsconfig leaves out) is declared.
 */
async function readmeExample(): Promise<string> {
  const readme = await readFile(path.join(sdkDir, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
  expect(blocks.length).toBeGreaterThan(3);
  const code = blocks.join('\n').replaceAll("from 'odd-names-api-sdk'", "from './index.js'");
  return `declare const process: { env: Record<string, string | undefined> };\n${code}\nexport {};\n`;
}

/** One value per member, built with `JSON.parse` so that `__proto__` is an own member. */
function thing(): Record<string, unknown> {
  const values = JSON_NAMES.map((name, i): [string, unknown] => [
    name,
    name === 'Kind' ? '__proto__' : /valueOf|1st/.test(name) ? i : `value ${i} */ \${x} \``,
  ]);
  return JSON.parse(`{${values.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`) as Record<
    string,
    unknown
  >;
}

beforeAll(async () => {
  await mkdir(ROOT, { recursive: true });
  parent = await mkdtemp(path.join(ROOT, 'adversarial-'));
  ir = await crawlFixture(FIXTURE, path.join(parent, 'snapshot'));
  sdkDir = path.join(parent, 'sdk');
  await generateTo(sdkDir, emitSdk(ir));
  sdk = (await import(pathToFileURL(path.join(sdkDir, 'src/index.ts')).href)) as Sdk;
  ({ xmlCodec } = (await import(pathToFileURL(path.join(sdkDir, 'src/xml.ts')).href)) as { xmlCodec: unknown });
  api = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const contentType = req.headers['content-type'] ?? '';
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ contentType, body });
      res.writeHead(200, { 'Content-Type': contentType });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => (api ? api.close(() => resolve()) : resolve()));
  if (parent !== '') await rm(parent, { recursive: true, force: true });
});

async function echo(format: 'json' | 'xml', body: unknown): Promise<{ sent: string; result: unknown }> {
  seen.length = 0;
  const client = new sdk.OddNamesAPIClient({
    username: 'u',
    password: 'p',
    baseUrl: apiUrl,
    retries: 0,
    format,
    xml: xmlCodec,
  });
  const result = await client.odd.apiOddEcho(body);
  expect(seen).toHaveLength(1);
  return { sent: seen[0]!.body, result };
}

function expectExactly(result: unknown, given: Record<string, unknown>): void {
  const got = result as Record<string, unknown>;
  expect(Object.getPrototypeOf(got)).toBe(Object.prototype);
  // Member order follows the wire (XML writes DataContract order); the set of keys is what must match.
  expect(Object.keys(got).sort()).toEqual(Object.keys(given).sort());
  expect(Object.prototype.hasOwnProperty.call(got, '__proto__')).toBe(true);
  for (const key of Object.keys(given)) expect([key, got[key]]).toEqual([key, given[key]]);
}

describe('the adversarial fixture site', () => {
  it('is scraped without errors, every JSON and XML name taken from the samples', () => {
    expect(ir.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const model = ir.types.find((t) => t.id === 'OddThing');
    expect(model?.kind).toBe('complex');
    if (model?.kind !== 'complex') return;
    expect(model.properties.map((p) => p.jsonName)).toEqual(JSON_NAMES);
    expect(model.properties.map((p) => p.jsonNameSource)).toEqual(JSON_NAMES.map(() => 'sample'));
    const xmlByClr = new Map(model.properties.map((p) => [p.clrName, p.xmlName]));
    expect(model.xmlOrder.map((clr) => xmlByClr.get(clr))).toEqual(XML_NAMES);
  });

  it('exports OpenAPI that validates, with every member under its JSON name and XML element', async () => {
    const doc = JSON.parse(serializeOpenApi(toOpenApi(ir))) as {
      components: { schemas: Record<string, { properties: Record<string, { xml?: { name?: string } }> }> };
    };
    expect((await new Validator().validate(doc)).errors).toBeUndefined();
    const properties = doc.components.schemas['OddThing']!.properties;
    expect(Object.keys(properties).sort()).toEqual([...JSON_NAMES].sort());
    // In member order, each named by its element (`xml.name` where it differs from the JSON name).
    expect(Object.entries(properties).map(([key, p]) => p.xml?.name ?? key)).toEqual(XML_NAMES);
  });

  it('emits an SDK that type-checks under its strict tsconfig, README examples included', async () => {
    await writeFile(path.join(sdkDir, 'src/readme-example.ts'), await readmeExample());
    const program = compile(path.join(sdkDir, 'tsconfig.json'));
    expect(program.getCompilerOptions().strict).toBe(true);
    expect(program.getSourceFile(path.join(sdkDir, 'src/readme-example.ts'))).toBeDefined();
    expect(report(ts.getPreEmitDiagnostics(program), sdkDir)).toEqual([]);
    // The README's body example builds what it shows: `__proto__` is a member, not the prototype.
    const example = program.getSourceFile(path.join(sdkDir, 'src/readme-example.ts'))!;
    let literal = '';
    example.forEachChild(function visit(node): void {
      if (ts.isVariableDeclaration(node) && node.name.getText(example) === 'oddThing')
        literal = node.initializer!.getText(example);
      node.forEachChild(visit);
    });
    const built = runInNewContext(`(${literal})`) as object;
    expect(Object.keys(built)).toEqual(JSON_NAMES.slice(0, Object.keys(built).length));
    expect(Object.keys(built)).toContain('__proto__');
    // Nothing leaked out of a doc comment: the interface has every member, by its wire name.
    const source = program.getSourceFile(path.join(sdkDir, 'src/models/common.ts'))!;
    const iface = source.statements.find(
      (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'OddThing',
    )!;
    expect(iface.members.map((m) => (m.name as ts.Identifier | ts.StringLiteral).text)).toEqual(JSON_NAMES);
  });

  it('gives the enum const object every member as an own key', () => {
    expect(Object.getPrototypeOf(sdk.OddKind)).toBe(Object.prototype);
    expect(Object.keys(sdk.OddKind)).toEqual(ENUM_MEMBERS);
    for (const name of ENUM_MEMBERS) expect([name, sdk.OddKind[name]]).toEqual([name, name]);
  });
});

describe('the echo call over real HTTP', () => {
  it('sends exactly the documented JSON names and returns exactly the keys given', async () => {
    const given = thing();
    const { sent, result } = await echo('json', given);
    expect(seen[0]!.contentType).toMatch(/^application\/json/);
    const wire = JSON.parse(sent) as Record<string, unknown>;
    expect(Object.keys(wire)).toEqual(JSON_NAMES);
    expect(Object.prototype.hasOwnProperty.call(wire, '__proto__')).toBe(true);
    expectExactly(result, given);
  });

  it('sends exactly the documented XML elements and returns exactly the keys given', async () => {
    const given = thing();
    const { sent, result } = await echo('xml', given);
    expect(seen[0]!.contentType).toMatch(/^application\/xml/);
    const root = new DOMParser().parseFromString(sent, 'text/xml').documentElement!;
    expect([root.localName, root.namespaceURI]).toEqual(['OddThing', NS]);
    const elements: string[] = [];
    for (let n = root.firstChild; n; n = n.nextSibling) if (n.nodeType === n.ELEMENT_NODE) elements.push(n.nodeName);
    expect(elements).toEqual(XML_NAMES);
    expectExactly(result, given);
  });
});
