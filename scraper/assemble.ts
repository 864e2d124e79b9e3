/**
 * Putting the pages together: merge types, expand query-bound complex parameters, learn wire names
 * from the samples, attach every operation to a group, report dangling model links and name their
 * XML, sort.
 */
import { jsonCamelCase } from '../ir/dotnet.js';
import { compareCodeUnits } from '../ir/order.js';
import {
  IR_VERSION,
  type ApiIR,
  type Group,
  type JsonNaming,
  type Operation,
  type Parameter,
  type TypeDef,
  type TypeRef,
} from '../ir/schema.js';
import { refIds } from '../ir/type-ref.js';
import type { DiagnosticSink } from './diagnostics.js';
import { idKey } from './endpoint-id.js';
import type { ComplexFact, GroupDraft, OperationDraft, PageFacts, ParameterDraft } from './facts.js';
import { planJsonNaming, type JsonNamesOption } from './json-naming.js';
import { memberAsParameter, memberExtras } from './members.js';
import { applyTemplateKeys, nestedKey } from './query-keys.js';
import { reportRoutes } from './route-notes.js';
import { canonicalIds, canonicalType, mergeTypes, type MergedType } from './types.js';
import { unresolvedModels } from './unresolved-models.js';
import { complexType, enumType, jsonNamesSeen, operationType, responseXmlRoot } from './wire-decide.js';
import type { Shape } from './wire-names.js';
import { observeSamples } from './wire-observe.js';

const jsonNamingOf = (naming: JsonNaming | undefined): { jsonNaming?: JsonNaming } =>
  naming === undefined ? {} : { jsonNaming: naming };

const byKey =
  <T>(key: (t: T) => string) =>
  (a: T, b: T): number =>
    compareCodeUnits(key(a), key(b));

function canonicalOperation(op: OperationDraft, ids: ReadonlyMap<string, string>): OperationDraft {
  const t = (type: TypeRef): TypeRef => canonicalType(type, ids);
  return {
    ...op,
    parameters: op.parameters.map((p) => ({ ...p, type: t(p.type) })),
    body: op.body && { ...op.body, type: t(op.body.type) },
    response: {
      ...op.response,
      type: op.response.type && t(op.response.type),
      alternatives: op.response.alternatives.map(t),
    },
  };
}

/**
 * The query keys of a complex [FromUri] parameter: its members bind without a prefix (`PageSize`),
 * a member that is itself complex binds with its name as prefix (`paging.pageSize`), and so on down;
 * a type met again on the way down (a cycle) is kept as one key.
 */
function boundKeys(
  parameter: string,
  type: ComplexFact,
  prefix: string,
  types: ReadonlyMap<string, MergedType>,
  seen: ReadonlySet<string>,
): Parameter[] {
  return type.members.flatMap((m): Parameter[] => {
    const name = prefix === '' ? m.name : nestedKey(prefix, m.name);
    const nested = m.type.kind === 'ref' ? types.get(m.type.id)?.fact : undefined;
    if (nested?.kind === 'complex' && !seen.has(nested.id)) {
      const nestedPrefix = prefix === '' ? jsonCamelCase(m.name) : name;
      return boundKeys(parameter, nested, nestedPrefix, types, new Set([...seen, nested.id]));
    }
    return [
      {
        name,
        in: 'query',
        ...memberAsParameter(m),
        boundFrom: { parameter, typeId: type.id },
      },
    ];
  });
}

/** A URI parameter of a complex type is bound from the query string: one key per property. */
function expandParameters(
  op: OperationDraft,
  types: ReadonlyMap<string, MergedType>,
  sink: DiagnosticSink,
): Parameter[] {
  const out: Parameter[] = [];
  const plain = (p: ParameterDraft): Parameter => ({
    name: p.name,
    in: p.in,
    type: p.type,
    required: p.required,
    constraints: p.constraints,
    description: p.description,
    notes: p.notes,
    ...memberExtras(p),
  });
  for (const p of op.parameters) {
    if (p.in !== 'query' || p.type.kind !== 'ref') {
      out.push(plain(p));
      continue;
    }
    const bound = types.get(p.type.id)?.fact;
    if (bound === undefined) {
      sink.report(
        'bound-parameter-type-undefined',
        { url: op.sourceUrl, pageKind: 'endpoint', where: p.where },
        { name: p.name, typeId: p.type.id },
      );
      out.push(plain(p));
    } else if (bound.kind === 'enum') {
      out.push(plain(p));
    } else {
      out.push(...boundKeys(p.name, bound, '', types, new Set([bound.id])));
    }
  }
  const documented = applyTemplateKeys(out, op.templateKeys);
  const seen = new Set<string>();
  for (const p of documented) {
    const key = `${p.in}:${p.name.toLowerCase()}`;
    if (seen.has(key)) {
      sink.report(
        'duplicate-parameter',
        { url: op.sourceUrl, pageKind: 'endpoint', where: 'URI Parameters' },
        { in: p.in, name: p.name },
      );
    }
    seen.add(key);
  }
  return documented;
}

/** Groups from all pages, merged by id; operation ids matched to the operations without regard to case. */
function buildGroups(
  drafts: readonly GroupDraft[],
  operations: OperationDraft[],
  helpRoot: string,
  sink: DiagnosticSink,
): { groups: Group[]; groupOf: Map<string, string> } {
  const opIds = new Map(operations.map((o) => [idKey(o.id), o.id] as const));
  const groups = new Map<string, Group>();
  const groupOf = new Map<string, string>();
  for (const d of drafts) {
    let group = groups.get(d.id);
    if (group) {
      sink.report(
        'duplicate-group',
        { url: d.sourceUrl, pageKind: 'group', where: d.where },
        { id: d.id, firstUrl: group.sourceUrl },
      );
    } else {
      group = { id: d.id, name: d.name, description: d.description, sourceUrl: d.sourceUrl, operationIds: [] };
      groups.set(d.id, group);
    }
    for (const listed of d.operationIds) {
      const id = opIds.get(idKey(listed));
      if (id === undefined) {
        sink.report(
          'listed-operation-without-page',
          { url: d.sourceUrl, pageKind: 'group', where: d.where },
          { id: listed },
        );
      }
      const opId = id ?? listed;
      if (!group.operationIds.includes(opId)) group.operationIds.push(opId);
      if (id !== undefined && !groupOf.has(id)) groupOf.set(id, group.id);
    }
  }
  for (const op of operations) {
    if (groupOf.has(op.id)) continue;
    const id = op.path.split('/')[0] || 'Default';
    sink.report(
      'operation-not-in-group',
      { url: op.sourceUrl, pageKind: 'endpoint', where: 'page' },
      { id: op.id, group: id },
    );
    const group = groups.get(id) ?? { id, name: id, description: '', sourceUrl: helpRoot, operationIds: [] };
    groups.set(id, group);
    group.operationIds.push(op.id);
    groupOf.set(op.id, id);
  }
  return { groups: [...groups.values()].sort(byKey((g) => g.id)), groupOf };
}

/** One warning per page and missing model: the first place the page links to it. */
function reportDanglingRefs(
  uses: readonly { url: string; pageKind: 'endpoint' | 'model'; where: string; type: TypeRef }[],
  defined: ReadonlySet<string>,
  sink: DiagnosticSink,
): void {
  const reported = new Set<string>();
  for (const use of uses) {
    for (const id of refIds(use.type)) {
      if (defined.has(id) || reported.has(`${use.url}\u0000${id}`)) continue;
      reported.add(`${use.url}\u0000${id}`);
      sink.report('unresolved-model-link', { url: use.url, pageKind: use.pageKind, where: use.where }, { id });
    }
  }
}

export function assemble(
  helpRoot: string,
  apiBaseUrl: string,
  pages: readonly PageFacts[],
  sink: DiagnosticSink,
  jsonNames: JsonNamesOption = 'as-documented',
): ApiIR {
  const ordered = [...pages].sort(byKey((p) => p.page.url));
  const facts = ordered.flatMap((p) => p.types);
  const ids = canonicalIds(facts);
  const merged = mergeTypes(facts, ids, sink);

  const drafts = new Map<string, OperationDraft>();
  for (const p of ordered) {
    if (!p.operation) continue;
    const key = idKey(p.operation.id);
    const other = drafts.get(key);
    if (other) {
      sink.report(
        'duplicate-operation',
        { url: p.operation.sourceUrl, pageKind: 'endpoint', where: 'page' },
        { id: p.operation.id, firstUrl: other.sourceUrl },
      );
      continue;
    }
    drafts.set(key, canonicalOperation(p.operation, ids));
  }
  const operations = [...drafts.values()].sort(byKey((o) => o.id));

  // Each type's shape built once: the walkers ask for it at every object and element of every sample.
  const shapes = new Map<string, Shape | undefined>();
  const lookup = (id: string): Shape | undefined => {
    if (shapes.has(id)) return shapes.get(id);
    const fact = merged.get(id)?.fact;
    const shape: Shape | undefined =
      fact === undefined
        ? undefined
        : fact.kind === 'enum'
          ? { kind: 'enum' }
          : { kind: 'complex', properties: fact.members.map((m) => ({ clrName: m.name, type: m.type })) };
    shapes.set(id, shape);
    return shape;
  };
  const typeNames = new Map([...merged].map(([id, m]) => [id, m.fact.name] as const));
  const observations = observeSamples(operations, lookup, typeNames, sink);

  const naming = planJsonNaming(
    [...merged.values()].flatMap(({ fact }) => (fact.kind === 'complex' ? [fact] : [])),
    jsonNamesSeen(observations),
    jsonNames,
    sink,
  );
  const types: TypeDef[] = [...merged.values()].map((m) =>
    m.fact.kind === 'complex'
      ? complexType(m.fact, m, observations, naming, sink)
      : enumType(m.fact, m, observations, sink),
  );

  const { groups, groupOf } = buildGroups(
    ordered.flatMap((p) => p.groups),
    operations,
    helpRoot,
    sink,
  );

  const irOperations: Operation[] = operations.map((op) => {
    const xmlRoot = responseXmlRoot(op.id, observations, sink);
    return {
      id: op.id,
      method: op.method,
      path: op.path,
      group: groupOf.get(op.id)!,
      summary: op.summary,
      description: op.description,
      sourceUrl: op.sourceUrl,
      parameters: expandParameters(op, merged, sink),
      body: op.body && { ...op.body, type: operationType(op.id, 'body', op.body.type, observations, sink) },
      response: {
        ...op.response,
        type: op.response.type && operationType(op.id, 'response', op.response.type, observations, sink),
        ...(xmlRoot === undefined ? {} : { xmlRoot }),
      },
      requestSamples: op.requestSamples,
      responseSamples: op.responseSamples,
      ...jsonNamingOf(naming.byPage.get(op.sourceUrl)),
    };
  });

  reportRoutes(irOperations, sink);
  reportDanglingRefs(
    [
      ...operations.flatMap((op) => [
        ...op.parameters.map((p) => ({
          url: op.sourceUrl,
          pageKind: 'endpoint' as const,
          where: p.where,
          type: p.type,
        })),
        ...(op.body
          ? [{ url: op.sourceUrl, pageKind: 'endpoint' as const, where: 'Body Parameters', type: op.body.type }]
          : []),
        ...[op.response.type, ...op.response.alternatives]
          .filter((t): t is TypeRef => t !== null)
          .map((type) => ({ url: op.sourceUrl, pageKind: 'endpoint' as const, where: 'Resource Description', type })),
      ]),
      ...facts.flatMap((f) =>
        f.kind === 'complex'
          ? f.members.map((m) => ({
              url: f.url,
              pageKind: f.fromModelPage ? ('model' as const) : ('endpoint' as const),
              where: m.where,
              type: canonicalType(m.type, ids),
            }))
          : [],
      ),
    ],
    new Set(merged.keys()),
    sink,
  );

  types.sort(byKey((t) => t.id));
  return {
    irVersion: IR_VERSION,
    source: { helpRoot, apiBaseUrl },
    jsonNaming: naming.site,
    groups,
    operations: irOperations,
    types,
    unresolvedModels: unresolvedModels(irOperations, types),
    pages: ordered.map((p) => p.page),
    diagnostics: sink.sorted(),
  };
}
