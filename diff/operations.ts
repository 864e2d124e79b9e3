/** Changes to operations: the operations themselves, their parameters, bodies and responses. */
import type { ApiIR, Operation, Parameter, TypeRef } from '../ir/schema.js';
import type { Change, ChangeLocation, DiffOptions } from './change.js';
import { compareConstraints, describeConstraintChange } from './constraints.js';
import { describedChanges } from './descriptions.js';
import { sameType, typePhrase } from './type-ref.js';

const title = (op: Operation): string => `${op.method} ${op.path}`;

export function diffOperations(before: ApiIR, after: ApiIR, options: DiffOptions): Change[] {
  const changes: Change[] = [];
  const afterById = new Map(after.operations.map((op) => [op.id, op] as const));
  const beforeById = new Map(before.operations.map((op) => [op.id, op] as const));
  // A new method or path is a new URL to call: the old one is gone, whatever the id says.
  const same = (a: Operation, b: Operation): boolean => a.method === b.method && a.path === b.path;
  // Still linked but not readable (an HTTP error during the crawl): the reviewer should know.
  const unreadable = new Set(after.pages.filter((p) => p.kind === 'error').map((p) => p.url));
  for (const op of before.operations) {
    const next = afterById.get(op.id);
    if (next && same(op, next)) changes.push(...diffOperation(op, next, options));
    else {
      const note = unreadable.has(op.sourceUrl)
        ? ' Its page could not be read this time, so it may only be missing from the crawl.'
        : '';
      changes.push({
        id: 'operation-removed',
        level: 'breaking',
        location: { operation: op.id },
        message: `Operation ${title(op)} was removed.${note}`,
        before: title(op),
      });
    }
  }
  for (const op of after.operations) {
    const previous = beforeById.get(op.id);
    if (previous && same(previous, op)) continue;
    changes.push({
      id: 'operation-added',
      level: 'non-breaking',
      location: { operation: op.id },
      message: `Operation ${title(op)} was added.`,
      after: title(op),
    });
  }
  return changes;
}

function diffOperation(before: Operation, after: Operation, options: DiffOptions): Change[] {
  const location: ChangeLocation = { operation: after.id };
  const changes: Change[] = [];
  if (before.group !== after.group) {
    // The wire is unchanged, but the SDK files the method under another group (`client.<group>.x`
    // and the flat function's name both change), so code calling it no longer compiles.
    changes.push({
      id: 'operation-group-changed',
      level: 'breaking',
      location,
      message: `${title(after)} moved from group ${before.group} to group ${after.group}: the wire is unchanged, but the SDK method moved.`,
      before: before.group,
      after: after.group,
    });
  }
  changes.push(...diffParameters(before, after, options));
  changes.push(...diffBody(before, after));
  changes.push(...diffResponse(before, after));
  if (options.descriptions) {
    changes.push(
      ...describedChanges(location, title(after), [
        ['summary', before.summary, after.summary],
        ['description', before.description, after.description],
        ['body description', before.body?.description ?? '', after.body?.description ?? ''],
        ['response description', before.response.description, after.response.description],
      ]),
    );
  }
  return changes;
}

const parameterKey = (p: Parameter): string => `${p.in}:${p.name}`;

function diffParameters(before: Operation, after: Operation, options: DiffOptions): Change[] {
  const changes: Change[] = [];
  const op = title(after);
  const afterByKey = new Map(after.parameters.map((p) => [parameterKey(p), p] as const));
  const beforeKeys = new Set(before.parameters.map(parameterKey));
  for (const p of before.parameters) {
    const location: ChangeLocation = { operation: after.id, parameter: p.name };
    const next = afterByKey.get(parameterKey(p));
    if (next === undefined) {
      // Breaking for path and query alike. Without its path parameter the URL no longer matches the
      // route. A query key the server stopped binding is ignored, so the call still succeeds, but
      // whatever it controlled (a filter, a page size) silently stops applying: the client gets other
      // results and only this report tells it why. The regenerated SDK also drops the argument.
      changes.push({
        id: 'parameter-removed',
        level: 'breaking',
        location,
        message: `${op}: ${p.in} parameter ${p.name} was removed.`,
        before: typePhrase(p.type),
      });
      continue;
    }
    if (!sameType(p.type, next.type)) {
      changes.push({
        id: 'parameter-type-changed',
        level: 'breaking',
        location,
        message: `${op}: type of ${p.in} parameter ${p.name} changed from ${typePhrase(p.type)} to ${typePhrase(next.type)}.`,
        before: typePhrase(p.type),
        after: typePhrase(next.type),
      });
    }
    if (p.required !== next.required) {
      changes.push({
        id: next.required ? 'parameter-became-required' : 'parameter-became-optional',
        level: next.required ? 'breaking' : 'non-breaking',
        location,
        message: `${op}: ${p.in} parameter ${p.name} became ${next.required ? 'required' : 'optional'}.`,
        before: p.required,
        after: next.required,
      });
    }
    // Parameters are only ever sent: fewer accepted values break callers, more do not.
    for (const c of compareConstraints(p.constraints, next.constraints)) {
      changes.push({
        id: `parameter-constraint-${c.direction}`,
        level: c.direction === 'loosened' ? 'non-breaking' : 'breaking',
        location: { ...location, constraint: c.constraint },
        message: `${op}: ${p.in} parameter ${p.name}: ${describeConstraintChange(c)}.`,
        before: c.before,
        after: c.after,
      });
    }
    if (options.descriptions) {
      changes.push(
        ...describedChanges(location, `${op}: ${p.in} parameter ${p.name}`, [
          ['description', p.description, next.description],
          ['notes', p.notes.join(' '), next.notes.join(' ')],
        ]),
      );
    }
  }
  for (const p of after.parameters) {
    if (beforeKeys.has(parameterKey(p))) continue;
    changes.push({
      id: p.required ? 'required-parameter-added' : 'parameter-added',
      level: p.required ? 'breaking' : 'non-breaking',
      location: { operation: after.id, parameter: p.name },
      message: `${op}: ${p.required ? 'required' : 'optional'} ${p.in} parameter ${p.name} was added.`,
      after: typePhrase(p.type),
    });
  }
  return changes;
}

function diffBody(before: Operation, after: Operation): Change[] {
  const location: ChangeLocation = { operation: after.id };
  const op = title(after);
  const a = before.body?.type ?? null;
  const b = after.body?.type ?? null;
  if (a === null && b === null) return [];
  if (a === null) {
    return [
      {
        id: 'request-body-added',
        level: 'breaking',
        location,
        message: `${op}: requests now need a ${typePhrase(b!)} body.`,
        after: typePhrase(b!),
      },
    ];
  }
  if (b === null) {
    // As with a removed parameter: the server ignores what it no longer reads, so the data is lost silently.
    return [
      {
        id: 'request-body-removed',
        level: 'breaking',
        location,
        message: `${op}: the request body (${typePhrase(a)}) was removed.`,
        before: typePhrase(a),
      },
    ];
  }
  if (sameType(a, b)) return [];
  return [
    {
      id: 'request-body-type-changed',
      level: 'breaking',
      location,
      message: `${op}: request body type changed from ${typePhrase(a)} to ${typePhrase(b)}.`,
      before: typePhrase(a),
      after: typePhrase(b),
    },
  ];
}

/** The shapes a response can take: its alternatives, else its one type (`type` is the first alternative). */
function shapes(op: Operation): TypeRef[] {
  if (op.response.alternatives.length > 0) return op.response.alternatives;
  return op.response.type ? [op.response.type] : [];
}

const phrases = (types: readonly TypeRef[]): string => types.map(typePhrase).join(' or ');

function diffResponse(before: Operation, after: Operation): Change[] {
  const location: ChangeLocation = { operation: after.id };
  const op = title(after);
  const a = shapes(before);
  const b = shapes(after);
  if (a.length === 0 && b.length === 0) return [];
  if (a.length === 0) {
    return [
      {
        id: 'response-body-added',
        level: 'non-breaking',
        location,
        message: `${op}: responses now carry a ${phrases(b)} body.`,
        after: phrases(b),
      },
    ];
  }
  if (b.length === 0) {
    return [
      {
        id: 'response-body-removed',
        level: 'breaking',
        location,
        message: `${op}: the response body (${phrases(a)}) was removed.`,
        before: phrases(a),
      },
    ];
  }
  const added = b.filter((t) => !a.some((u) => sameType(t, u)));
  const removed = a.filter((t) => !b.some((u) => sameType(t, u)));
  if (added.length === 0 && removed.length === 0) return [];
  if (added.length + removed.length === a.length + b.length) {
    return [
      {
        id: 'response-type-changed',
        level: 'breaking',
        location,
        message: `${op}: response type changed from ${phrases(a)} to ${phrases(b)}.`,
        before: phrases(a),
        after: phrases(b),
      },
    ];
  }
  // With shapes in common, a client already tells shapes apart: one more may surprise it (a warning),
  // one fewer cannot hurt it.
  return [
    ...added.map((t): Change => ({
      id: 'response-alternative-added',
      level: 'info',
      location,
      message: `${op}: the response may now also be a ${typePhrase(t)}.`,
      after: typePhrase(t),
    })),
    ...removed.map((t): Change => ({
      id: 'response-alternative-removed',
      level: 'non-breaking',
      location,
      message: `${op}: the response is no longer a ${typePhrase(t)}.`,
      before: typePhrase(t),
    })),
  ];
}
