/**
 * The config file (cli/config.ts): found from the working folder up or named by `--config`, holding
 * what the flags hold, checked as the flags are, with paths read from its own folder; a flag wins.
 */
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { loadConfig } from '../cli/config.js';
import { cli, root } from './cli-run.js';

const SNAPSHOT = path.join(root, 'test', 'fixtures', 'stock-snapshot');

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'vitec-codegen-config-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function config(name: string, text: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, text);
  return file;
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

describe('the config file on the command line', () => {
  it("sets a command's options, its paths read from the config's folder", async () => {
    const file = await config(
      'vitec-codegen.config.json',
      JSON.stringify({ snapshot: SNAPSHOT, jsonNames: 'pascal', scrape: { out: 'out/ir.json' } }),
    );
    const result = await cli('scrape', '--config', file);
    expect(result.status).toBe(0);
    const ir = JSON.parse(await readFile(path.join(dir, 'out', 'ir.json'), 'utf8')) as {
      types: { properties?: { jsonName: string }[] }[];
    };
    const names = ir.types.flatMap((t) => (t.properties ?? []).map((p) => p.jsonName));
    expect(names.length).toBeGreaterThan(0);
    // jsonNames from the top level reached scrape: every name PascalCase.
    expect(names.every((n) => /^[A-Z]/.test(n))).toBe(true);
  });

  it('gives way to a flag', async () => {
    const file = await config('c.json', JSON.stringify({ snapshot: SNAPSHOT, scrape: { out: 'from-config.json' } }));
    const flagged = path.join(dir, 'from-flag.json');
    const result = await cli('scrape', `--config=${file}`, '--out', flagged);
    expect(result.status).toBe(0);
    expect(await exists(flagged)).toBe(true);
    expect(await exists(path.join(dir, 'from-config.json'))).toBe(false);
  });

  const refused: [string, unknown, RegExp][] = [
    [
      'a value the flag would refuse',
      { crawl: { concurrency: 'lots' } },
      /crawl\.concurrency: expected a whole number/,
    ],
    ['a value outside the choices', { jsonNames: 'kebab' }, /jsonNames: expected one of as-documented, camel, pascal/],
    ['a key no command has', { snapshots: 'x' }, /"snapshots" is neither an option nor a command/],
    ["a key that is not that command's", { diff: { out: 'x' } }, /"diff\.out" is not an option of diff/],
    ['a flag switch given a string', { strict: 'yes' }, /strict: expected true or false/],
    ['a file that is no object', ['snapshot'], /expected an object of options/],
  ];
  it.each(refused)('refuses %s with exit 2, naming the file and key', async (_name, values, message) => {
    const file = await config('bad.json', JSON.stringify(values));
    const result = await cli('scrape', '--config', file, '--snapshot', SNAPSHOT, '--out', path.join(dir, 'ir.json'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(file);
    expect(result.stderr).toMatch(message);
    expect(await exists(path.join(dir, 'ir.json'))).toBe(false);
  });
});

describe('loadConfig', () => {
  it('finds the nearest config from the working folder up', async () => {
    await config('vitec-codegen.config.json', '{ "snapshot": "snap" }');
    const nested = path.join(dir, 'a', 'b');
    await mkdir(nested, { recursive: true });
    expect(await loadConfig(undefined, nested)).toEqual({
      file: path.join(dir, 'vitec-codegen.config.json'),
      values: { snapshot: 'snap' },
    });
  });

  it("reads an .mjs config's default export", async () => {
    await config('vitec-codegen.config.mjs', 'export default { generate: { out: "sdk" } };\n');
    expect((await loadConfig(undefined, dir))?.values).toEqual({ generate: { out: 'sdk' } });
  });

  it('reads the "vitec-codegen" key of package.json', async () => {
    await config('package.json', JSON.stringify({ name: 'app', 'vitec-codegen': { apiBaseUrl: 'https://x.test' } }));
    expect((await loadConfig(undefined, dir))?.values).toEqual({ apiBaseUrl: 'https://x.test' });
  });
});
