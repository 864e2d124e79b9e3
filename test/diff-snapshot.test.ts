/**
 * The diff on the committed snapshot: unchanged it finds nothing; with four known changes, made once
 * in the IR and once in the HTML of a copy (plus fresh dates and GUIDs in every sample), it finds
 * exactly those four, at the right levels, in both output formats.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { diffIr, formatJson, formatMarkdown, hasBreaking, type Change } from '../diff/index.js';
import type { ApiIR } from '../ir/schema.js';
import { scrapeSnapshot } from '../scraper/index.js';
import { readSnapshot } from '../snapshot/read.js';
import { findEnum, findType, recrawled } from './diff-fixture.js';
import {
  addEnumMember,
  addProperty,
  regenerateSamples,
  removeOperation,
  setPropertyType,
  SnapshotEditor,
} from './diff-html-edits.js';
import { enumMember, int, property, str } from './ir-builders.js';

const SNAPSHOT = 'site-snapshot';

/** The four changes, as the diff must report them. */
const EXPECTED = [
  ['operation-removed', 'breaking', { operation: 'DELETE-CRM-Image-customerId-imageId' }],
  // Clients read Meeting_MeetingType (GET Meeting): a new member may surprise them.
  ['enum-member-added', 'info', { type: 'Meeting_MeetingType', member: 'Valuation' }],
  // User_Notification is the body of POST User/Notify/{customerId}.
  ['required-request-property-added', 'breaking', { type: 'User_Notification', property: 'Priority' }],
  ['property-type-changed', 'breaking', { type: 'User_User', property: 'OrderNumber' }],
] as const;

let base: ApiIR;
let tmp: string;

beforeAll(async () => {
  base = scrapeSnapshot(await readSnapshot(SNAPSHOT));
  tmp = await mkdtemp(path.join(os.tmpdir(), 'vitec-diff-'));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

function expectTheFourChanges(changes: Change[]): void {
  expect(changes.map((c) => [c.id, c.level, c.location])).toEqual(EXPECTED);
  expect(hasBreaking(changes)).toBe(true);

  const json = JSON.parse(formatJson(changes)) as { summary: unknown; changes: Change[] };
  expect(json.summary).toEqual({ total: 4, breaking: 3, nonBreaking: 0, info: 1 });
  expect(json.changes).toEqual(changes);

  const md = formatMarkdown(changes);
  expect(md).toContain('**3 breaking**, 0 non-breaking, 1 info (4 changes).');
  expect(md).toContain('### Breaking (3)');
  expect(md).toContain('### Info (1)');
  expect(md).not.toContain('### Non-breaking');
  expect(md.indexOf('### Breaking')).toBeLessThan(md.indexOf('### Info'));
  for (const line of [
    '| `operation-removed` | `DELETE-CRM-Image-customerId-imageId` | Operation DELETE CRM/Image/{customerId}/{imageId} was removed. |',
    '| `required-request-property-added` | `User_Notification.Priority` | Required property User_Notification.Priority was added. |',
    '| `property-type-changed` | `User_User.OrderNumber` | Type of User_User.OrderNumber changed from integer to string. |',
    '| `enum-member-added` | `Meeting_MeetingType.Valuation` | Enum member Meeting_MeetingType.Valuation was added. Clients reading it may meet a value they do not handle. |',
  ]) {
    expect(md).toContain(line);
  }
}

describe('diff on the committed snapshot', () => {
  it('finds nothing between two scrapes of it', async () => {
    const again = scrapeSnapshot(await readSnapshot(SNAPSHOT));
    expect(diffIr(base, again)).toEqual([]);
    expect(formatMarkdown(diffIr(base, again))).toContain('No API changes.');
  });

  it('finds exactly the four changes made in the IR, not the churn of a recrawl', () => {
    const after = recrawled(base);
    after.operations = after.operations.filter((o) => o.id !== 'DELETE-CRM-Image-customerId-imageId');
    const orderNumber = findType(after, 'User_User').properties.find((p) => p.clrName === 'OrderNumber')!;
    orderNumber.type = str;
    findEnum(after, 'Meeting_MeetingType').members.push(enumMember('Valuation', { value: 2 }));
    findType(after, 'User_Notification').properties.push(property('Priority', int, { required: true }));
    expectTheFourChanges(diffIr(base, after));
  });

  it('finds exactly the four changes made in the HTML of a copy with every sample regenerated', async () => {
    const editor = await SnapshotEditor.copy(SNAPSHOT, path.join(tmp, 'edited'));
    expect(await regenerateSamples(editor)).toBeGreaterThan(20);
    await removeOperation(editor, 'DELETE-CRM-Image-customerId-imageId');
    await setPropertyType(editor, 'User_User', 'OrderNumber', 'string');
    await addEnumMember(editor, 'Meeting_MeetingType', 'Valuation', 2);
    await addProperty(editor, 'User_Notification', {
      name: 'Priority',
      description: 'Prioritet',
      typeHtml: 'integer',
      annotations: ['Krävs'],
    });

    const after = scrapeSnapshot(await readSnapshot(editor.dir));
    const changes = diffIr(base, after);
    expectTheFourChanges(changes);

    // The scraper read the edits as intended: no definition conflicts between the edited pages.
    expect(after.diagnostics.filter((d) => d.code === 'type-definition-conflict')).toEqual([]);
    // And the samples did change: the test would prove nothing if the regeneration missed them.
    const kept = new Set(after.operations.map((o) => o.id));
    const samples = (ir: ApiIR): string =>
      JSON.stringify(ir.operations.filter((o) => kept.has(o.id)).map((o) => [o.requestSamples, o.responseSamples]));
    expect(samples(after)).not.toBe(samples(base));
  });
});
