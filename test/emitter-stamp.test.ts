/** The stamp `generate` leaves and the fast `check` that trusts it: every kind of change is noticed and named. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { generateTo, quickCheck } from '../emitter/output.js';
import { parseStamp, STAMP_FILE, stampText, type Fingerprint } from '../emitter/stamp.js';

const FILES = new Map([
  ['README.md', '# sdk\n'],
  ['src/index.ts', 'export const x = 1;\n'],
]);
const PRINT: Fingerprint = { inputs: 'in-1', generator: 'gen-1' };

let dir: string;
beforeEach(async () => {
  dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'vitec-stamp-')), 'sdk');
  await generateTo(dir, new Map([...FILES, [STAMP_FILE, stampText(FILES, PRINT)]]));
});
afterEach(async () => {
  await rm(path.dirname(dir), { recursive: true, force: true });
});

describe('quickCheck', () => {
  it.each([
    { name: 'nothing changed', edit: async () => {}, print: PRINT, want: [] },
    {
      name: 'the inputs changed',
      edit: async () => {},
      print: { ...PRINT, inputs: 'in-2' },
      want: ['the snapshot or the options changed since it was generated'],
    },
    {
      name: 'inputs unknown (a --url crawl)',
      edit: async () => {},
      print: { ...PRINT, inputs: null },
      want: ['the snapshot or the options changed since it was generated'],
    },
    {
      name: 'the generator changed',
      edit: async () => {},
      print: { ...PRINT, generator: 'gen-2' },
      want: ['the generator changed since it was generated'],
    },
    {
      name: 'a file was edited',
      edit: () => writeFile(path.join(dir, 'src/index.ts'), 'export const x = 2;\n'),
      print: PRINT,
      want: ['src/index.ts was edited'],
    },
    {
      name: 'a file was added',
      edit: () => writeFile(path.join(dir, 'src/extra.ts'), ''),
      print: PRINT,
      want: ['src/extra.ts was not generated'],
    },
    {
      name: 'a file was removed',
      edit: () => rm(path.join(dir, 'README.md')),
      print: PRINT,
      want: ['README.md is missing'],
    },
    {
      name: 'the stamp is not one',
      edit: () => writeFile(path.join(dir, STAMP_FILE), '{"generatedBy":"someone else"}'),
      print: PRINT,
      want: [`${STAMP_FILE} is missing or not a stamp of this tool`],
    },
  ])('$name', async ({ edit, print, want }) => {
    await edit();
    expect(quickCheck(dir, print)).toEqual(want);
  });

  it("ignores the SDK's own build and installs (dist/, node_modules/), but not a file of the same name deeper", async () => {
    await generateTo(path.join(dir, 'dist'), new Map([['index.js', '']]));
    await generateTo(path.join(dir, 'node_modules'), new Map([['x/package.json', '{}']]));
    await writeFile(path.join(dir, 'package-lock.json'), '{}');
    expect(quickCheck(dir, PRINT)).toEqual([]);
    await generateTo(path.join(dir, 'src/dist'), new Map([['index.js', '']]));
    expect(quickCheck(dir, PRINT)).toEqual(['src/dist/index.js was not generated']);
  });
});

describe('stampText', () => {
  it('records every file by sha256, sorted, and reads back', () => {
    const stamp = parseStamp(stampText(new Map([...FILES].reverse()), PRINT));
    expect(stamp).toEqual({
      generatedBy: 'vitec-codegen',
      inputs: 'in-1',
      generator: 'gen-1',
      files: {
        'README.md': expect.stringMatching(/^[0-9a-f]{64}$/) as string,
        'src/index.ts': expect.stringMatching(/^[0-9a-f]{64}$/) as string,
      },
    });
    expect(Object.keys(stamp!.files)).toEqual(['README.md', 'src/index.ts']);
  });
});
