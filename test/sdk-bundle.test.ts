/**
 * What a bundler makes of the committed SDK (esbuild, browser, minified; see bench/bundle.ts): a
 * bundle of one JSON operation holds that operation and nothing of the others or of XML, and no
 * module does anything on import (`"sideEffects": false` is true in fact). Structural checks only:
 * the sizes are the bench's business.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

import { bundle, notifyEntry, SDK_SRC, type Bundle } from '../bench/bundle.js';
import * as sdk from '../generated/src/index.js';
import { decodeBase64 } from '../generated/src/runtime/base64.js';
import type { OperationSpec, SchemaDesc, TypeDesc } from '../generated/src/runtime/index.js';
import { pickComplex } from '../generated/src/runtime/shapes.js';
import { buildQuery } from '../generated/src/runtime/url.js';

const NOTIFY = 'POST-User-Notify-customerId';

/** Every operation id in the committed SDK. */
async function operationIds(): Promise<string[]> {
  const ids: string[] = [];
  for (const file of await readdir(path.join(SDK_SRC, 'operations'))) {
    const text = await readFile(path.join(SDK_SRC, 'operations', file), 'utf8');
    ids.push(...[...text.matchAll(/^ {2}id: '([^']+)',$/gm)].map((m) => m[1]!));
  }
  return ids;
}

/** Every spec the main entry exports. */
function specs(): OperationSpec[] {
  const isSpec = (v: unknown): v is OperationSpec =>
    typeof v === 'object' && v !== null && 'pathParams' in v && 'method' in v && 'id' in v;
  return Object.values(sdk as Record<string, unknown>).filter(isSpec);
}

/** Every type descriptor reachable from the specs, through the models' links, each once. */
function reachableTypes(): TypeDesc[] {
  const types: TypeDesc[] = [];
  const seen = new Set<SchemaDesc>();
  const visit = (type: TypeDesc): void => {
    types.push(type);
    const models = type.kind === 'ref' ? [type.to()] : type.kind === 'oneOf' ? type.of() : [];
    for (const model of models) {
      if (seen.has(model)) continue;
      seen.add(model);
      if (model.kind === 'complex') model.properties.forEach((p) => visit(p.type));
    }
    if (type.kind === 'collection') visit(type.items);
    if (type.kind === 'dictionary' || type.kind === 'pair') [type.key, type.value].forEach(visit);
  };
  for (const spec of specs())
    [spec.body, spec.response, ...spec.query.map((q) => q.type)].forEach((t) => t && visit(t));
  return types;
}

/** A bundle of one call of the committed SDK's function `fn` (arguments as source text). */
function callEntry(fn: string, args: string): string {
  return (
    `import { createCore, ${fn} } from ${JSON.stringify(`${SDK_SRC}/index.ts`)};\n` +
    `export const run = () => ${fn}(createCore({ username: 'u', password: 'p' }), ${args});`
  );
}

let one: Bundle;
let withXml: Bundle;
let ids: string[];

beforeAll(async () => {
  [one, withXml, ids] = await Promise.all([
    bundle(notifyEntry(SDK_SRC, 'none')),
    bundle(notifyEntry(SDK_SRC, 'node')),
    operationIds(),
  ]);
});

describe('a bundle of one JSON operation (userNotify)', () => {
  it('holds its own spec and no other operation', () => {
    expect(ids.length).toBeGreaterThan(50);
    expect(one.text).toContain(NOTIFY);
    expect(ids.filter((id) => id !== NOTIFY && one.text.includes(`"${id}"`))).toEqual([]);
  });

  it('loads no XML code: neither saxes nor the runtime XML modules', () => {
    expect(one.inputs.filter((f) => /saxes|xmlchars|xmldom|\/runtime\/xml/.test(f))).toEqual([]);
    // The control: the same call with the codec does pull them in.
    expect(withXml.inputs.some((f) => f.includes('node_modules/saxes/'))).toBe(true);
    expect(withXml.text).toContain(NOTIFY);
  });

  it('carries no client class, no validator and only the Notification descriptor among the models', () => {
    expect(one.inputs.filter((f) => /\/client(\.ts|\/)|\/runtime\/validate\.ts$/.test(f))).toEqual([]);
    expect(one.inputs.filter((f) => f.includes('/models/'))).toEqual([expect.stringMatching(/models\/user\.ts$/)]);
    // The descriptors in the bundle are those whose model names appear as `name:` values.
    const models = [...one.text.matchAll(/kind:"complex",name:"(\w+)"/g)].map((m) => m[1]);
    expect(models).toEqual(['Notification']);
  });
});

describe('the query string builder comes only with operations that have query parameters', () => {
  it('every spec with query parameters carries buildQuery, and no other spec does', () => {
    const all = specs();
    expect(all.map((s) => s.id).sort()).toEqual([...ids].sort());
    expect(all.filter((s) => s.query.length > 0 !== (s.encodeQuery === buildQuery)).map((s) => s.id)).toEqual([]);
    expect(all.filter((s) => s.encodeQuery !== undefined).length).toBeGreaterThan(10);
  });

  it('so the bundle of userNotify, which has none, holds no query code', async () => {
    const queryCode = 'the required query parameter is missing';
    expect(one.text).not.toContain(queryCode);
    // The control: an operation with query parameters bundles it.
    const withQuery = await bundle(callEntry('userGetUser', "{ userId: 'x' }"));
    expect(withQuery.text).toContain(queryCode);
  });
});

describe('the base64 decoder and the model picker come only with the types that need them', () => {
  it('every bytes descriptor carries decodeBase64 and every oneOf descriptor pickComplex', () => {
    const types = reachableTypes();
    const binary = types.filter((t) => t.kind === 'binary');
    const oneOf = types.filter((t) => t.kind === 'oneOf');
    expect(binary.length).toBeGreaterThan(0);
    expect(oneOf.length).toBeGreaterThan(0);
    expect(binary.filter((t) => t.decode !== decodeBase64)).toEqual([]);
    expect(oneOf.filter((t) => t.pick !== pickComplex)).toEqual([]);
  });

  it('so the bundle of userNotify, which has neither, holds no base64 decoder and no picker', async () => {
    const decoderCode = 'expected base64, got';
    const picker = (b: Bundle): string[] => b.inputs.filter((f) => f.endsWith('/runtime/shapes.ts'));
    expect(one.text).not.toContain(decoderCode);
    expect(picker(one)).toEqual([]);
    // The controls: an operation answering bytes bundles the decoder, one with a polymorphic result the picker.
    const [bytes, polymorphic] = await Promise.all([
      bundle(callEntry('imageCrmImageGetImage', "{ customerId: 'c', imageId: 'i' }")),
      bundle(callEntry('crmKontakterGetContactByCustomerIdAndContactId', "'c', 'k'")),
    ]);
    expect(bytes.text).toContain(decoderCode);
    expect(picker(bytes)).toEqual([]);
    expect(picker(polymorphic)).toEqual([expect.stringMatching(/generated\/src\/runtime\/shapes\.ts$/)]);
  });
});

describe('"sideEffects": false is true in fact', () => {
  it('importing the whole main entry for its effects bundles nothing, even with side-effect hints ignored', async () => {
    const effects = await bundle(`import ${JSON.stringify(`${SDK_SRC}/index.ts`)};`, { ignoreAnnotations: true });
    expect(effects.text.trim()).toBe('');
  });

  it('the package says so', async () => {
    const pkg = JSON.parse(await readFile(path.join(SDK_SRC, '../package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.exports).toMatchObject({ './xml': { browser: './dist/xml-browser.js', import: './dist/xml.js' } });
  });
});
