/**
 * `release`: the SDK's version bumped by semver from the API diff, a dated CHANGELOG.md entry, and
 * `generate`/`check` keeping both (the sync workflow runs release, then generate).
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Change } from '../diff/change.js';
import { bumpFor, nextVersion, withEntry } from '../diff/release.js';
import { serializeIr } from '../ir/io.js';
import type { ApiIR } from '../ir/schema.js';
import { cli } from './cli-run.js';
import { fixtureIr } from './emitter-fixture.js';

const change = (level: Change['level']): Change => ({
  id: 'description-changed',
  level,
  location: { operation: 'X' },
  message: 'm',
});

describe('semver from the diff', () => {
  it.each<[Change['level'][], string | null]>([
    [[], null],
    [['info'], 'patch'],
    [['info', 'non-breaking'], 'minor'],
    [['non-breaking', 'breaking', 'info'], 'major'],
  ])('%j -> %s', (levels, bump) => {
    expect(bumpFor(levels.map(change))).toBe(bump);
  });

  it.each([
    ['0.1.0', 'major', '1.0.0'],
    ['0.1.0', 'minor', '0.2.0'],
    ['1.4.2', 'minor', '1.5.0'],
    ['1.4.2', 'patch', '1.4.3'],
    ['9.9.9', 'major', '10.0.0'],
  ] as const)('%s + %s = %s', (version, bump, next) => {
    expect(nextVersion(version, bump)).toBe(next);
  });

  it('refuses a version that is not major.minor.patch', () => {
    expect(() => nextVersion('1.2', 'patch')).toThrow('expected major.minor.patch');
  });

  it('puts the newest entry first and keeps a changelog of another shape whole', () => {
    const first = withEntry(null, '1.0.0', '2026-12-01', [change('breaking')]);
    const second = withEntry(first, '1.1.0', '2026-12-02', [change('non-breaking')]);
    expect(second.indexOf('## 1.1.0 (2026-12-02)')).toBeLessThan(second.indexOf('## 1.0.0 (2026-12-01)'));
    expect(second.match(/^# Changelog$/gm)).toHaveLength(1);
    expect(second).toContain('#### Breaking (1)');
    const foreign = withEntry('My own notes.\n', '0.1.1', '2026-12-03', [change('info')]);
    expect(foreign).toMatch(/## 0\.1\.1 \(2026-12-03\)[^]*My own notes\.\n$/);
  });
});

describe('the release command', () => {
  let tmp = '';
  let sdk = '';
  const ir = (name: string, value: ApiIR): Promise<string> => {
    const file = path.join(tmp, name);
    return writeFile(file, serializeIr(value)).then(() => file);
  };
  let base = '';
  let removed = '';
  let readded = '';
  let edited = '';

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'vitec-release-'));
    const before = fixtureIr();
    base = await ir('base.json', before);
    removed = await ir('removed.json', { ...before, operations: before.operations.slice(1) });
    readded = await ir('readded.json', before);
    // An enum member's number changed: an info-level change (the wire carries its name).
    const renumbered = before.types.map((t) =>
      t.kind === 'enum' && t.id === 'Crm_ContactStatus'
        ? { ...t, members: t.members.map((m) => (m.name === 'Inactive' ? { ...m, value: 2 } : m)) }
        : t,
    );
    expect(renumbered).not.toEqual(before.types);
    edited = await ir('edited.json', { ...before, types: renumbered });
    sdk = path.join(tmp, 'sdk');
    const gen = await cli('generate', '--snapshot', 'test/fixtures/stock-snapshot', '--out', sdk);
    expect(gen.status, gen.stderr).toBe(0);
  });
  afterAll(async () => {
    if (tmp !== '') await rm(tmp, { recursive: true, force: true });
  });

  const version = async (): Promise<string> =>
    (JSON.parse(await readFile(path.join(sdk, 'package.json'), 'utf8')) as { version: string }).version;

  it('leaves everything as it is when nothing changed', async () => {
    const result = await cli('release', base, base, '--sdk', sdk);
    expect(result).toMatchObject({ status: 0, stdout: '0.1.0\n' });
    await expect(readFile(path.join(sdk, 'CHANGELOG.md'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('bumps the major on a removed operation, the minor on an added one, the patch on an info change', async () => {
    const major = await cli('release', base, removed, '--sdk', sdk, '--date', '2026-12-01');
    expect(major).toMatchObject({ status: 0, stdout: '1.0.0\n' });
    expect(major.stderr).toContain('0.1.0 -> 1.0.0 (major');
    const minor = await cli('release', removed, readded, '--sdk', sdk, '--date', '2026-12-02');
    expect(minor.stdout).toBe('1.1.0\n');
    const patch = await cli('release', readded, edited, '--sdk', sdk, '--date', '2026-12-03');
    expect(patch.stdout).toBe('1.1.1\n');
    expect(await version()).toBe('1.1.1');
    const changelog = await readFile(path.join(sdk, 'CHANGELOG.md'), 'utf8');
    const order = ['## 1.1.1 (2026-12-03)', '## 1.1.0 (2026-12-02)', '## 1.0.0 (2026-12-01)'].map((h) =>
      changelog.indexOf(h),
    );
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    for (const kind of ['operation-removed', 'operation-added', 'enum-member-value-changed'])
      expect(changelog).toContain(`\`${kind}\``);
  });

  it('generate keeps the released version and the changelog, and check agrees', async () => {
    const changelog = await readFile(path.join(sdk, 'CHANGELOG.md'), 'utf8');
    const gen = await cli('generate', '--snapshot', 'test/fixtures/stock-snapshot', '--out', sdk);
    expect(gen.status, gen.stderr).toBe(0);
    expect(await version()).toBe('1.1.1');
    expect(await readFile(path.join(sdk, 'README.md'), 'utf8')).toContain('1.1.1');
    expect(await readFile(path.join(sdk, 'CHANGELOG.md'), 'utf8')).toBe(changelog);
    const check = await cli('check', '--snapshot', 'test/fixtures/stock-snapshot', '--out', sdk);
    expect(check.status, check.stderr).toBe(0);
    // An explicit version wins over the folder's.
    await cli('generate', '--snapshot', 'test/fixtures/stock-snapshot', '--out', sdk, '--sdk-version', '3.0.0');
    expect(await version()).toBe('3.0.0');
  });

  it('refuses an empty folder, a folder of another package and a bad date, changing nothing', async () => {
    const empty = await mkdtemp(path.join(tmp, 'empty-'));
    const result = await cli('release', base, removed, '--sdk', empty);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${path.join(empty, 'package.json')}: expected the package.json`);
    expect(await contents(empty)).toEqual([]);

    const other = await mkdtemp(path.join(tmp, 'other-'));
    await writeFile(path.join(other, 'package.json'), '{ "name": "mine" }\n');
    await writeFile(path.join(other, 'CHANGELOG.md'), 'My own notes.\n');
    const untouched = await contents(other);
    const foreign = await cli('release', base, removed, '--sdk', other);
    expect(foreign.status).toBe(2);
    expect(foreign.stderr).toContain(`${path.join(other, 'package.json')}: expected the package.json`);
    expect(await contents(other)).toEqual(untouched);

    const released = await contents(sdk);
    const bad = await cli('release', base, removed, '--sdk', sdk, '--date', 'tomorrow');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('expected a date yyyy-mm-dd');
    expect(await contents(sdk)).toEqual(released);
  });
});

/** Every file under `dir` with its bytes, in name order: what a refusal must leave as it found it. */
async function contents(dir: string): Promise<[string, string][]> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
  return Promise.all(
    names.map(async (name): Promise<[string, string]> => [
      name,
      (await readFile(path.join(dir, name))).toString('base64'),
    ]),
  );
}
