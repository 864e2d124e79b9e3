/**
 * Bundle sizes: what a browser app pays for the SDK, with esbuild (browser platform, ESM, minified)
 * and gzip, next to hey-api's fetch client generated from the same `generated/openapi.json`. One
 * JSON operation (the Notify call through its standalone function), the same with the XML codec,
 * and the whole SDK, each against its target (issue #10). The bundles are built in memory from the
 * SDK's sources, so nothing needs building first; `bundle` is shared with the structural test
 * (`test/sdk-bundle.test.ts`).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createClient } from '@hey-api/openapi-ts';
import { build, type Metafile } from 'esbuild';

import type { Section } from './report.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SDK_SRC = path.join(ROOT, 'generated/src');

export interface Bundle {
  readonly text: string;
  readonly minBytes: number;
  readonly gzipBytes: number;
  /** Paths of the modules that put code into the bundle. */
  readonly inputs: readonly string[];
}

/** esbuild, browser, minified, of an entry given as source text (imports by absolute path). */
export async function bundle(entry: string, options: { ignoreAnnotations?: boolean } = {}): Promise<Bundle> {
  const result = await build({
    stdin: { contents: entry, loader: 'ts', resolveDir: ROOT, sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    ignoreAnnotations: options.ignoreAnnotations ?? false,
  });
  const out = result.outputFiles[0]!;
  const meta: Metafile['outputs'][string] = Object.values(result.metafile.outputs)[0]!;
  return {
    text: out.text,
    minBytes: out.contents.length,
    gzipBytes: gzipSync(out.contents).length,
    inputs: Object.entries(meta.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([file]) => file),
  };
}

/** The one-operation entries: the Notify call as a JSON user writes it, and with the XML codec. */
export function notifyEntry(src: string, xml: 'none' | 'browser' | 'node'): string {
  const codec = { none: '', browser: 'xml-browser', node: 'xml' }[xml];
  return [
    `import { createCore, userNotify } from ${JSON.stringify(`${src}/index.ts`)};`,
    ...(codec === '' ? [] : [`import { xmlCodec } from ${JSON.stringify(`${src}/${codec}.ts`)};`]),
    `const core = createCore({ username: 'u', password: 'p'${codec === '' ? '' : ", format: 'xml', xml: xmlCodec"} });`,
    `export const run = () => userNotify(core, 'M1', { header: 'h' });`,
  ].join('\n');
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** Today's figure from issue #10 (the SDK with one registry of descriptors): the whole SDK, min+gz. */
const REGISTRY_WHOLE_GZ = 54.3 * 1024;

/** hey-api's export for `POST User/Notify/{customerId}`: the `export const` before that URL in sdk.gen.ts. */
function heyNotify(sdkGen: string): string {
  const at = sdkGen.indexOf("url: '/User/Notify/{customerId}'");
  const names = [...sdkGen.slice(0, at).matchAll(/export const (\w+) =/g)];
  const name = names.at(-1)?.[1];
  if (at < 0 || name === undefined)
    throw new Error('bench: hey-api generated no function for POST User/Notify/{customerId}');
  return name;
}

export async function benchBundles(): Promise<Section> {
  const one = await bundle(notifyEntry(SDK_SRC, 'none'));
  const xmlBrowser = await bundle(notifyEntry(SDK_SRC, 'browser'));
  const xmlNode = await bundle(notifyEntry(SDK_SRC, 'node'));
  const whole = await bundle(
    `export * from ${JSON.stringify(`${SDK_SRC}/index.ts`)};\nexport * from ${JSON.stringify(`${SDK_SRC}/xml-browser.ts`)};`,
  );
  const wholeJson = await bundle(`export * from ${JSON.stringify(`${SDK_SRC}/index.ts`)};`);

  const tmp = await mkdtemp(path.join(os.tmpdir(), 'vitec-bench-bundle-'));
  let heyOne: Bundle;
  let heyWhole: Bundle;
  try {
    const out = path.join(tmp, 'hey');
    await createClient({
      input: path.join(ROOT, 'generated/openapi.json'),
      output: { path: out },
      plugins: ['@hey-api/client-fetch'],
      logs: { level: 'silent', file: false },
    });
    const fn = heyNotify(await readFile(path.join(out, 'sdk.gen.ts'), 'utf8'));
    heyOne = await bundle(
      `import { ${fn} } from ${JSON.stringify(`${out}/sdk.gen.ts`)};\nexport const run = () => ${fn}({ path: { customerId: 'M1' }, body: { header: 'h' } });`,
    );
    heyWhole = await bundle(`export * from ${JSON.stringify(`${out}/index.ts`)};`);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }

  const rows: [string, Bundle][] = [
    ['SDK: one JSON operation (userNotify)', one],
    ['SDK: the same + XML (browser entry, platform DOMParser)', xmlBrowser],
    ['SDK: the same + XML (Node entry, saxes)', xmlNode],
    ['SDK: whole (index + browser XML entry)', whole],
    ['SDK: whole, JSON only (index)', wholeJson],
    ['hey-api client-fetch: one operation', heyOne],
    ['hey-api client-fetch: whole', heyWhole],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const table = [
    `${'bundle'.padEnd(width)}  ${'min'.padStart(9)}  ${'min+gz'.padStart(9)}`,
    ...rows.map(
      ([label, b]) => `${label.padEnd(width)}  ${kb(b.minBytes).padStart(9)}  ${kb(b.gzipBytes).padStart(9)}`,
    ),
  ];
  const check = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  const addedXml = xmlBrowser.gzipBytes - one.gzipBytes;
  return {
    title: 'Bundle size (esbuild, browser, minified, gzip)',
    rows: [],
    notes: [
      ...table,
      `one JSON operation: ${kb(one.gzipBytes)}, ${one.gzipBytes} bytes (target <= 6.0 KB, ${6 * 1024} bytes): ${check(one.gzipBytes <= 6 * 1024)}; hey-api ${kb(heyOne.gzipBytes)}`,
      `adding XML (browser): +${kb(addedXml)} (target <= +25.0 KB): ${check(addedXml <= 25 * 1024)}; the Node entry adds +${kb(xmlNode.gzipBytes - one.gzipBytes)} (saxes)`,
      `whole SDK: ${kb(whole.gzipBytes)} (target <= ${kb(REGISTRY_WHOLE_GZ)}, the registry SDK's figure in issue #10): ${check(whole.gzipBytes <= REGISTRY_WHOLE_GZ)}; hey-api ${kb(heyWhole.gzipBytes)}`,
    ],
  };
}
