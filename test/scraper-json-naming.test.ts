import { describe, expect, it } from 'vitest';

import type { ComplexType } from '../ir/schema.js';
import { DiagnosticSink } from '../scraper/diagnostics.js';
import type { ComplexFact } from '../scraper/facts.js';
import { scrapeSnapshot } from '../scraper/index.js';
import { planJsonNaming, type JsonNameSeen } from '../scraper/json-naming.js';
import { complexType } from '../scraper/wire-decide.js';
import { observeSamples } from '../scraper/wire-observe.js';
import { readSnapshot } from '../snapshot/read.js';

const fact = (id: string): ComplexFact => ({
  kind: 'complex',
  id,
  name: id,
  description: '',
  url: 'u',
  fromModelPage: true,
  where: 'table',
  members: [],
});
const seen = (typeId: string, clrName: string, jsonName: string): JsonNameSeen => ({
  typeId,
  clrName,
  jsonName,
  url: `https://x/Help/Api/${typeId}`,
  where: 'Response Formats',
});

describe('JSON naming inference', () => {
  it('takes a type’s own majority, else the site’s; names that read the same both ways are no vote', () => {
    const sink = new DiagnosticSink();
    const plan = planJsonNaming(
      [fact('A'), fact('B'), fact('C')],
      [seen('A', 'Name', 'name'), seen('B', 'Name', 'Name'), seen('B', 'Title', 'Title'), seen('C', 'id', 'id')],
      'as-documented',
      sink,
    );
    expect([plan.ruleFor('A'), plan.ruleFor('B'), plan.ruleFor('C'), plan.ruleFor('Unseen')]).toEqual([
      'camel',
      'pascal',
      'pascal',
      'pascal',
    ]);
    expect(sink.sorted()).toEqual([]);
  });

  it('reports a split and falls back to camelCase; no evidence at all is camelCase without a report', () => {
    const sink = new DiagnosticSink();
    const plan = planJsonNaming(
      [fact('A')],
      [seen('A', 'Name', 'name'), seen('A', 'Title', 'Title')],
      'as-documented',
      sink,
    );
    expect(plan.ruleFor('A')).toBe('camel');
    expect(sink.sorted().map((d) => [d.code, d.url])).toEqual([
      ['json-naming-split', 'https://x/Help/Api/A'],
      ['json-naming-split', 'https://x/Help/Api/A'],
    ]);
    const none = new DiagnosticSink();
    expect(planJsonNaming([fact('A')], [], 'as-documented', none).ruleFor('A')).toBe('camel');
    expect(none.sorted()).toEqual([]);
  });

  it('lets --json-names override every name', () => {
    const plan = planJsonNaming([fact('A')], [seen('A', 'Name', 'name')], 'pascal', new DiagnosticSink());
    expect([plan.ruleFor('A'), plan.samplesWin]).toEqual(['pascal', false]);
  });
});

describe('two members on one JSON name', () => {
  it('is reported, naming both members', () => {
    const sink = new DiagnosticSink();
    const member = (name: string) => ({
      name,
      type: { kind: 'simple', name: 'string' } as const,
      required: false,
      constraints: {},
      description: '',
      notes: [],
      where: `table > row "${name}"`,
    });
    const twins: ComplexFact = { ...fact('T'), members: [member('Id'), member('ID')] };
    const obs = observeSamples([], () => undefined, new Map(), sink);
    const type = complexType(
      twins,
      { sources: ['u'], pageUrl: null },
      obs,
      { ruleFor: () => 'camel', samplesWin: true, site: 'camel', byPage: new Map() },
      sink,
    );
    expect(type.properties.map((p) => p.jsonName)).toEqual(['id', 'id']);
    expect(sink.sorted().map((d) => [d.code, d.message])).toEqual([
      [
        'duplicate-json-name',
        'T.ID and T.Id are both "id" on the JSON wire: OpenAPI describes Id, the first in member order',
      ],
    ]);
  });
});

describe('JSON names of the stock fixture site (PascalCase samples)', async () => {
  const snapshot = await readSnapshot('test/fixtures/stock-site');
  const names = (jsonNames?: 'camel' | 'pascal') => {
    const ir = scrapeSnapshot(snapshot, jsonNames ? { jsonNames } : {});
    const course = ir.types.find((t): t is ComplexType => t.id === 'Course' && t.kind === 'complex')!;
    const topic = ir.types.find((t): t is ComplexType => t.id === 'Topic' && t.kind === 'complex')!;
    return [course, topic].map((t) => t.properties.map((p) => `${p.jsonName}:${p.jsonNameSource}`));
  };

  it('names a type without samples by the site’s majority, PascalCase here', () => {
    expect(names()).toEqual([
      ['Id:rule', 'Name:rule', 'StartDate:rule'],
      ['Id:sample', 'Title:sample', 'CourseId:sample'],
    ]);
  });

  it('follows --json-names camel for every property', () => {
    expect(names('camel')).toEqual([
      ['id:rule', 'name:rule', 'startDate:rule'],
      ['id:rule', 'title:rule', 'courseId:rule'],
    ]);
  });
});

describe('one type written in two casings by different operations', () => {
  const page = (typeId: string, url: string, pairs: [string, string][]): JsonNameSeen[] =>
    pairs.map(([clrName, jsonName]) => ({ typeId, clrName, jsonName, url, where: 'Response Formats' }));

  it('gives the page whose samples disagree with its types its own casing, and reports it once', () => {
    const sink = new DiagnosticSink();
    const plan = planJsonNaming(
      [fact('Topic'), fact('Course')],
      [
        ...page('Topic', 'A', [
          ['Title', 'Title'],
          ['CourseId', 'CourseId'],
        ]),
        ...page('Topic', 'B', [['Title', 'Title']]),
        ...page('Course', 'B', [['StartDate', 'StartDate']]),
        ...page('Topic', 'C', [
          ['Title', 'title'],
          ['CourseId', 'courseId'],
        ]),
        // One stray name on a page of the types' own casing is a conflict, not a casing of its own.
        ...page('Course', 'D', [
          ['StartDate', 'StartDate'],
          ['Name', 'Name'],
          ['Id', 'id'],
        ]),
      ],
      'as-documented',
      sink,
    );
    expect([plan.ruleFor('Topic'), plan.ruleFor('Course')]).toEqual(['pascal', 'pascal']);
    expect([...plan.byPage]).toEqual([['C', 'camel']]);
    expect(sink.sorted().map((d) => [d.code, d.url])).toEqual([['json-naming-per-operation', 'C']]);
  });

  it('on the stock fixture site: the legacy operation is camelCase, Topic keeps its PascalCase names', async () => {
    const ir = scrapeSnapshot(await readSnapshot('test/fixtures/stock-site'));
    const legacy = ir.operations.find((o) => o.id === 'PUT-api-legacy-topics-id')!;
    expect(legacy.jsonNaming).toBe('camel');
    expect(ir.operations.filter((o) => o.jsonNaming !== undefined).map((o) => o.id)).toEqual([legacy.id]);
    const topic = ir.types.find((t): t is ComplexType => t.id === 'Topic' && t.kind === 'complex')!;
    expect(topic.properties.map((p) => p.jsonName)).toEqual(['Id', 'Title', 'CourseId']);
    expect(ir.diagnostics.map((d) => d.code)).not.toContain('json-name-conflict');
    expect(ir.diagnostics.filter((d) => d.code === 'json-naming-per-operation').map((d) => d.url)).toEqual([
      legacy.sourceUrl,
    ]);
  });
});
