import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { checkAgainst, generateTo } from '../emitter/index.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function tempParent(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'emitter-output-'));
  dirs.push(dir);
  return dir;
}

const files = new Map([
  ['README.md', '# SDK\n'],
  ['package.json', '{ "name": "sdk" }\n'],
  ['src/index.ts', "export * from './client.js';\n"],
  ['src/models/user.ts', 'export interface Notification {\n  sms?: boolean | null;\n}\n'],
]);

async function listAll(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

describe('generateTo', () => {
  it('writes exactly the file map, replacing what was there', async () => {
    const out = path.join(await tempParent(), 'generated');
    await mkdir(path.join(out, 'src'), { recursive: true });
    await writeFile(path.join(out, 'src', 'stale.ts'), 'old');
    await generateTo(out, files);
    expect(await listAll(out)).toEqual([...files.keys()].sort());
    expect(await readFile(path.join(out, 'src/models/user.ts'), 'utf8')).toBe(files.get('src/models/user.ts'));
  });

  it('leaves the old folder untouched and no temp folder behind when writing fails', async () => {
    const parent = await tempParent();
    const out = path.join(parent, 'generated');
    await generateTo(out, files);
    // A file and a folder of the same name cannot both be written: the fill fails half-way.
    const broken = new Map([...files, ['src/index.ts/oops.ts', 'x']]);
    await expect(generateTo(out, broken)).rejects.toThrow();
    expect(await listAll(out)).toEqual([...files.keys()].sort());
    expect(await readFile(path.join(out, 'src/index.ts'), 'utf8')).toBe(files.get('src/index.ts'));
    expect(await readdir(parent)).toEqual(['generated']);
  });
  it('keeps the SDK user’s node_modules/ and dist/ across a regeneration', async () => {
    const out = path.join(await tempParent(), 'generated');
    await generateTo(out, files);
    await mkdir(path.join(out, 'dist'), { recursive: true });
    await writeFile(path.join(out, 'dist', 'index.js'), 'built');
    await mkdir(path.join(out, 'node_modules', 'x'), { recursive: true });
    await writeFile(path.join(out, 'node_modules', 'x', 'index.js'), 'dep');
    await generateTo(out, files);
    expect(await readFile(path.join(out, 'dist', 'index.js'), 'utf8')).toBe('built');
    expect(await readFile(path.join(out, 'node_modules', 'x', 'index.js'), 'utf8')).toBe('dep');
  });

  it('leaves node_modules/ in the old folder when writing fails', async () => {
    const parent = await tempParent();
    const out = path.join(parent, 'generated');
    await generateTo(out, files);
    await mkdir(path.join(out, 'node_modules', 'x'), { recursive: true });
    await writeFile(path.join(out, 'node_modules', 'x', 'index.js'), 'dep');
    await expect(generateTo(out, new Map([...files, ['src/index.ts/oops.ts', 'x']]))).rejects.toThrow();
    expect(await readFile(path.join(out, 'node_modules', 'x', 'index.js'), 'utf8')).toBe('dep');
    expect(await readdir(parent)).toEqual(['generated']);
  });
});

describe('checkAgainst', () => {
  it('is not stale right after generating', async () => {
    const out = path.join(await tempParent(), 'generated');
    await generateTo(out, files);
    expect(await checkAgainst(out, files)).toEqual({ stale: false, diff: '' });
  });

  it('ignores the SDK user’s node_modules/, dist/ and package-lock.json', async () => {
    const out = path.join(await tempParent(), 'generated');
    await generateTo(out, files);
    await mkdir(path.join(out, 'dist'), { recursive: true });
    await writeFile(path.join(out, 'dist', 'index.js'), 'built');
    await mkdir(path.join(out, 'node_modules', 'x'), { recursive: true });
    await writeFile(path.join(out, 'node_modules', 'x', 'index.js'), 'dep');
    await writeFile(path.join(out, 'package-lock.json'), '{}');
    expect((await checkAgainst(out, files)).stale).toBe(false);
  });

  it('reports an edited file with a unified diff naming it', async () => {
    const out = path.join(await tempParent(), 'generated');
    await generateTo(out, files);
    await writeFile(path.join(out, 'src/models/user.ts'), 'export interface Notification {\n  sms?: string;\n}\n');
    const result = await checkAgainst(out, files);
    expect(result.stale).toBe(true);
    expect(result.diff).toContain('--- a/generated/src/models/user.ts');
    expect(result.diff).toContain('+++ b/generated/src/models/user.ts');
    expect(result.diff).toContain('-  sms?: string;');
    expect(result.diff).toContain('+  sms?: boolean | null;');
    expect(result.diff).not.toContain('README.md');
  });

  it('reports missing and extra files', async () => {
    const out = path.join(await tempParent(), 'generated');
    await generateTo(out, files);
    await rm(path.join(out, 'README.md'));
    await writeFile(path.join(out, 'src', 'extra.ts'), 'export const x = 1;\n');
    const result = await checkAgainst(out, files);
    expect(result.stale).toBe(true);
    expect(result.diff).toMatch(/--- \/dev\/null\s[^\n]*\n\+\+\+ b\/generated\/README\.md/);
    expect(result.diff).toMatch(/--- a\/generated\/src\/extra\.ts[^\n]*\n\+\+\+ \/dev\/null/);
    expect(result.diff).toContain('-export const x = 1;');
  });

  it('calls a folder that does not exist stale, listing every file', async () => {
    const out = path.join(await tempParent(), 'nothing-here');
    const result = await checkAgainst(out, files);
    expect(result.stale).toBe(true);
    for (const name of files.keys()) expect(result.diff).toContain(`+++ b/nothing-here/${name}`);
  });
});
