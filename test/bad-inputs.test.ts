/** Issue 9 item 11: each odd input the CLI meets gets a clear error naming the file or option and what was expected. */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { parseIr, serializeIr } from '../ir/io.js';
import { scrapeSnapshot } from '../scraper/index.js';
import { MANIFEST_FILE } from '../snapshot/layout.js';
import { readSnapshot } from '../snapshot/read.js';
import { cli, root } from './cli-run.js';

let tmp: string;
const file = (name: string): string => path.join(tmp, name);

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'vitec-bad-inputs-'));
  execFileSync('mkfifo', [file('fifo')]);
  const irText = serializeIr(scrapeSnapshot(await readSnapshot(path.join(root, 'site-snapshot'))));
  await writeFile(file('ir.json'), irText);
  await writeFile(file('bom.json'), `\uFEFF${irText}`);
  const ir = parseIr(irText, 'ir.json');
  await writeFile(file('dup-op.json'), serializeIr({ ...ir, operations: [...ir.operations, ir.operations[0]!] }));
  await writeFile(file('dup-type.json'), serializeIr({ ...ir, types: [ir.types[1]!, ...ir.types] }));
  const manifest = JSON.parse(await readFile(path.join(root, 'site-snapshot', MANIFEST_FILE), 'utf8')) as object;
  await mkdir(file('bad-root'));
  await writeFile(path.join(file('bad-root'), MANIFEST_FILE), JSON.stringify({ ...manifest, helpRoot: 'Help' }));
  // check fingerprints a snapshot without the manifest's schema; a manifest it cannot read plainly gets the schema's error.
  const pages = (manifest as { pages: { file: string | null }[] }).pages;
  await mkdir(file('escaping'));
  await writeFile(
    path.join(file('escaping'), MANIFEST_FILE),
    JSON.stringify({ ...manifest, pages: [{ ...pages[0]!, file: '../outside.html' }, ...pages.slice(1)] }),
  );
  await mkdir(file('not-json'));
  await writeFile(path.join(file('not-json'), MANIFEST_FILE), '{"pages": [');
}, 120_000);
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('bad inputs', () => {
  // Paths under tmp are written as `@name` so the table can be built before tmp exists.
  it.each([
    {
      name: 'diff on a FIFO',
      args: ['diff', '@fifo', '@ir.json'],
      status: 2,
      err: /fifo: not a regular file or folder/,
    },
    {
      name: 'diff on a device',
      args: ['diff', '/dev/zero', '@ir.json'],
      status: 2,
      err: /\/dev\/zero: not a regular file or folder/,
    },
    {
      name: 'a manifest helpRoot that is not a URL',
      args: ['scrape', '--snapshot', '@bad-root'],
      status: 2,
      err: /bad-root[/\\]manifest\.json: not a snapshot manifest at helpRoot: expected an absolute http\(s\) URL/,
    },
    {
      name: 'check of a snapshot whose manifest names a body outside it',
      args: ['check', '--snapshot', '@escaping', '--out', '@never'],
      status: 2,
      err: /escaping[/\\]manifest\.json: page \S+ names the body file "\.\.\/outside\.html"; expected a relative path inside the snapshot folder/,
    },
    {
      name: 'check of a snapshot whose manifest is not JSON',
      args: ['check', '--snapshot', '@not-json', '--out', '@never'],
      status: 2,
      err: /not-json[/\\]manifest\.json: not JSON/,
    },
    {
      name: '--api-base-url javascript: (openapi)',
      args: ['openapi', '--api-base-url', 'javascript:alert(1)'],
      status: 2,
      err: /--api-base-url <url>.*javascript:alert\(1\).*expected an absolute http\(s\) URL/,
    },
    {
      name: '--api-base-url relative (generate)',
      args: ['generate', '--out', '@never', '--api-base-url', '/api'],
      status: 2,
      err: /--api-base-url <url>.*expected an absolute http\(s\) URL/,
    },
    {
      name: 'an IR file with a UTF-8 BOM',
      args: ['diff', '@bom.json', '@ir.json'],
      status: 0,
      out: /No API changes|no changes/i,
    },
    {
      name: 'duplicate operation ids',
      args: ['diff', '@dup-op.json', '@ir.json'],
      status: 2,
      err: /dup-op\.json: duplicate id "[^"]+" at operations\.0 and operations\.\d+/,
    },
    {
      name: 'duplicate type ids',
      args: ['diff', '@ir.json', '@dup-type.json'],
      status: 2,
      err: /dup-type\.json: duplicate id "[^"]+" at types\.0 and types\.2/,
    },
  ])('$name -> exit $status', async ({ args, status, err, out }) => {
    const r = await cli(...args.map((a) => (a.startsWith('@') ? file(a.slice(1)) : a)));
    expect(r.status).toBe(status);
    if (err) expect(r.stderr).toMatch(err);
    if (out) expect(r.stdout).toMatch(out);
  });

  it('refuses --api-base-url before writing anything', async () => {
    await expect(readFile(file('never'), 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
