// Output folders are owned: `generate` replaces a folder only when it is missing, empty, or holds the
// stamp of an earlier `generate`; never the working folder, the input snapshot, a folder holding it, or a file.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { parseStamp, STAMP_FILE } from '../emitter/stamp.js';
import { ownershipProblem } from '../io/owned-dir.js';

const marker = { file: STAMP_FILE, isMarker: (text: string) => parseStamp(text) !== null };
let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'vitec-owned-'));
  await mkdir(path.join(tmp, 'user'));
  await writeFile(path.join(tmp, 'user', 'notes.txt'), 'mine');
  await mkdir(path.join(tmp, 'empty'));
  await writeFile(path.join(tmp, 'file.txt'), 'a file');
  await mkdir(path.join(tmp, 'project', 'site-snapshot'), { recursive: true });
  await mkdir(path.join(tmp, 'forged'));
  await writeFile(path.join(tmp, 'forged', STAMP_FILE), '{"generatedBy":"someone else"}');
  await mkdir(path.join(tmp, 'stamped'));
  await writeFile(
    path.join(tmp, 'stamped', STAMP_FILE),
    JSON.stringify({ generatedBy: 'vitec-codegen', inputs: null, generator: 'g', files: {}, raw: {} }),
  );
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe('ownershipProblem', () => {
  const snapshot = () => path.join(tmp, 'project', 'site-snapshot');
  it.each([
    { name: 'a folder of user files', out: () => path.join(tmp, 'user'), problem: /not output of this command/ },
    { name: 'a stamp of another tool', out: () => path.join(tmp, 'forged'), problem: /not output of this command/ },
    { name: 'a plain file', out: () => path.join(tmp, 'file.txt'), problem: /is not a folder/ },
    { name: 'the working folder', out: () => '.', problem: /working folder/ },
    { name: 'a parent of the working folder', out: () => '..', problem: /working folder/ },
    { name: 'the input snapshot', out: snapshot, problem: /is the input .*site-snapshot or holds it/ },
    { name: 'a folder holding the input', out: () => path.join(tmp, 'project'), problem: /holds it/ },
    { name: 'a missing folder', out: () => path.join(tmp, 'a', 'b', 'c'), problem: null },
    { name: 'an empty folder', out: () => path.join(tmp, 'empty'), problem: null },
    { name: 'the output of an earlier generate', out: () => path.join(tmp, 'stamped'), problem: null },
  ])('$name', async ({ out, problem }) => {
    const found = await ownershipProblem(out(), marker, [snapshot()]);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});

describe('generate --out refuses before reading anything', () => {
  const root = path.resolve(import.meta.dirname, '..');
  it('a folder of user files: exit 2 with the reason, the files untouched', async () => {
    const { spawnSync } = await import('node:child_process');
    const { readdir, readFile } = await import('node:fs/promises');
    const out = path.join(tmp, 'user');
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'cli/main.ts'), 'generate', '--out', out],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/user: holds files and no \.vitec-codegen\.json from an earlier run/);
    expect(await readdir(out)).toEqual(['notes.txt']);
    expect(await readFile(path.join(out, 'notes.txt'), 'utf8')).toBe('mine');
  });
});
