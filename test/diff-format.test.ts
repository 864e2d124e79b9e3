/** The two outputs of a diff: the pull-request comment (Markdown) and the JSON for machines. */
import { describe, expect, it } from 'vitest';

import { diffIr, formatJson, formatMarkdown, type Change } from '../diff/index.js';
import { baseIr, findEnum, findProperty, findType, recrawled } from './diff-fixture.js';
import { int, property, str } from './ir-builders.js';

/** The four edits every diff test makes, on top of a recrawl's churn. */
function fourChanges(): Change[] {
  const before = baseIr();
  const after = recrawled(before);
  after.operations = after.operations.filter((o) => o.id !== 'DELETE-Contact-customerId-contactId');
  findProperty(after, 'Contact_Contact', 'Name').type = int;
  findEnum(after, 'Contact_Status').members.push({ name: 'Deleted', value: 2, description: '' });
  findType(after, 'Contact_Create').properties.push(property('LastName', str, { required: true }));
  return diffIr(before, after);
}

describe('formatMarkdown', () => {
  it('writes the whole comment: summary, breaking first, one table per level', () => {
    expect(formatMarkdown(fourChanges(), { before: '/tmp/old-snapshot', after: 'site-snapshot' })).toBe(
      [
        '## API changes',
        '',
        'Compared `/tmp/old-snapshot` with `site-snapshot`.',
        '',
        '**3 breaking**, 0 non-breaking, 1 info (4 changes).',
        '',
        '### Breaking (3)',
        '',
        '_Clients written against the old version may fail._',
        '',
        '| Change | Where | Details |',
        '| --- | --- | --- |',
        '| `operation-removed` | `DELETE-Contact-customerId-contactId` | Operation DELETE Contact/{customerId}/{contactId} was removed. |',
        '| `property-type-changed` | `Contact_Contact.Name` | Type of Contact_Contact.Name changed from string to integer. |',
        '| `required-request-property-added` | `Contact_Create.LastName` | Required property Contact_Create.LastName was added. |',
        '',
        '### Info (1)',
        '',
        '_Not a compatibility break, but worth a look._',
        '',
        '| Change | Where | Details |',
        '| --- | --- | --- |',
        '| `enum-member-added` | `Contact_Status.Deleted` | Enum member Contact_Status.Deleted was added. Clients reading it may meet a value they do not handle. |',
        '',
      ].join('\n'),
    );
  });

  it.each([
    { name: 'no changes', meta: undefined, expected: '## API changes\n\nNo API changes.\n' },
    { name: 'no changes, with a title', meta: { title: 'Vitec API' }, expected: '## Vitec API\n\nNo API changes.\n' },
  ])('$name', ({ meta, expected }) => {
    expect(formatMarkdown([], meta)).toBe(expected);
  });

  it('lists non-breaking changes under their own heading, after the breaking ones', () => {
    const changes: Change[] = [
      {
        id: 'operation-added',
        level: 'non-breaking',
        location: { operation: 'GET-A' },
        message: 'Operation GET A was added.',
      },
      {
        id: 'operation-removed',
        level: 'breaking',
        location: { operation: 'GET-B' },
        message: 'Operation GET B was removed.',
      },
    ];
    const md = formatMarkdown(changes);
    expect(md).toContain('**1 breaking**, 1 non-breaking, 0 info (2 changes).');
    expect(md.indexOf('### Breaking (1)')).toBeLessThan(md.indexOf('### Non-breaking (1)'));
    expect(md).toContain('| `operation-added` | `GET-A` | Operation GET A was added. |');
    expect(md).not.toContain('### Info');
  });

  it('keeps table rows intact whatever the text holds', () => {
    const change: Change = {
      id: 'parameter-type-changed',
      level: 'breaking',
      location: { operation: 'GET-A', parameter: 'a|b', constraint: 'pattern' },
      message: 'Pattern changed from ^(a|b)$ to <x> & y\non two lines.',
    };
    const row = formatMarkdown([change])
      .split('\n')
      .find((l) => l.startsWith('| `parameter-type-changed`'));
    expect(row).toBe(
      '| `parameter-type-changed` | `GET-A › parameter a\\|b › pattern` | Pattern changed from ^(a\\|b)$ to &lt;x> &amp; y on two lines. |',
    );
  });
});

describe('formatJson', () => {
  it('parses back to the summary and the changes', () => {
    const changes = fourChanges();
    const parsed = JSON.parse(formatJson(changes)) as { summary: unknown; changes: Change[] };
    expect(parsed.summary).toEqual({ total: 4, breaking: 3, nonBreaking: 0, info: 1 });
    expect(parsed.changes).toEqual(changes);
    expect(parsed.changes.map((c) => [c.id, c.level])).toEqual([
      ['operation-removed', 'breaking'],
      ['property-type-changed', 'breaking'],
      ['required-request-property-added', 'breaking'],
      ['enum-member-added', 'info'],
    ]);
    expect(parsed.changes[1]).toEqual({
      id: 'property-type-changed',
      level: 'breaking',
      location: { type: 'Contact_Contact', property: 'Name' },
      message: 'Type of Contact_Contact.Name changed from string to integer.',
      before: 'string',
      after: 'integer',
    });
  });

  it('writes keys in a fixed order, whatever order the change objects were built in', () => {
    const change: Change = {
      after: 2,
      before: 1,
      message: 'm.',
      location: { constraint: 'maxLength', type: 'T', property: 'P' },
      level: 'info',
      id: 'property-constraint-loosened',
    };
    expect(formatJson([change])).toBe(
      '{\n  "summary": {\n    "total": 1,\n    "breaking": 0,\n    "nonBreaking": 0,\n    "info": 1\n  },\n  "changes": [\n    {\n      "id": "property-constraint-loosened",\n      "level": "info",\n      "location": {\n        "type": "T",\n        "property": "P",\n        "constraint": "maxLength"\n      },\n      "message": "m.",\n      "before": 1,\n      "after": 2\n    }\n  ]\n}\n',
    );
  });

  it('writes an empty list when nothing changed', () => {
    expect(JSON.parse(formatJson([]))).toEqual({
      summary: { total: 0, breaking: 0, nonBreaking: 0, info: 0 },
      changes: [],
    });
  });
});
