/**
 * The generator's hash, which `check` trusts in place of regenerating: every change to what shapes the output
 * (a template, a stage's code, compiled or not) changes it, and nothing else does.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { generatorIdOf } from '../emitter/generator-id.js';

let root: string;

async function put(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), text);
}

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'vitec-generator-id-'));
  await put('package.json', '{"name":"vitec-codegen"}');
  await put('templates/sdk/README.md.hbs', '# {{name}}\n');
  await put('templates/runtime/http.ts', 'export const http = 1;\n');
  await put('emitter/sdk.ts', 'export const sdk = 1;\n');
  await put('scraper/page.ts', 'export const page = 1;\n');
  await put('cli/sdk-output.ts', 'export const files = 1;\n');
  await put('io/order.ts', 'export const order = 1;\n');
  await put('crawler/http-get.ts', 'export const get = 1;\n');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('generatorIdOf, from a clone (TypeScript sources)', () => {
  it.each([
    { name: 'a template edited', edit: () => put('templates/sdk/README.md.hbs', '# {{title}}\n') },
    { name: 'a runtime template edited', edit: () => put('templates/runtime/http.ts', 'export const http = 2;\n') },
    { name: 'a template added', edit: () => put('templates/sdk/extra.hbs', '') },
    { name: "a stage's source edited", edit: () => put('scraper/page.ts', 'export const page = 2;\n') },
    { name: "a stage's source added", edit: () => put('emitter/extra.ts', '') },
    { name: "a stage's source removed", edit: () => rm(path.join(root, 'scraper/page.ts')) },
    { name: "the CLI's file map edited", edit: () => put('cli/sdk-output.ts', 'export const files = 2;\n') },
    { name: 'the ordering rule edited', edit: () => put('io/order.ts', 'export const order = 2;\n') },
  ])('changes when $name', async ({ edit }) => {
    const before = generatorIdOf(root);
    await edit();
    expect(generatorIdOf(root)).not.toBe(before);
  });

  it('stays the same for what does not shape the output: the crawler, compiled files, other files', async () => {
    const before = generatorIdOf(root);
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    await put('crawler/http-get.ts', 'export const get = 2;\n');
    await put('dist/emitter/sdk.js', 'export const sdk = 2;\n');
    await put('emitter/notes.md', 'not code\n');
    expect(generatorIdOf(root)).toBe(before);
  });
});

describe('generatorIdOf, from an installed copy (compiled files only)', () => {
  beforeEach(async () => {
    await rm(path.join(root, 'emitter'), { recursive: true });
    await rm(path.join(root, 'scraper'), { recursive: true });
    await put('dist/emitter/sdk.js', 'export const sdk = 1;\n');
    await put('dist/scraper/page.js', 'export const page = 1;\n');
    await put('dist/cli/main.js', 'export const main = 1;\n');
  });

  it.each([
    { name: 'a compiled stage file edited', edit: () => put('dist/scraper/page.js', 'export const page = 2;\n') },
    { name: 'a compiled stage file added', edit: () => put('dist/emitter/extra.js', '') },
    { name: 'the CLI bundle edited', edit: () => put('dist/cli/main.js', 'export const main = 2;\n') },
    { name: 'a template edited', edit: () => put('templates/runtime/http.ts', 'export const http = 2;\n') },
  ])('changes when $name', async ({ edit }) => {
    const before = generatorIdOf(root);
    await edit();
    expect(generatorIdOf(root)).not.toBe(before);
  });
});
