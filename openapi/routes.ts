/**
 * Routes of the OpenAPI export. Two rules keep the document valid where the IR holds what a Web API
 * site really has:
 *
 * - Placeholder twins: paths that differ only in a placeholder's name (`CRM/Image/{customerId}/{imageId}`
 *   and `…/{estateId}`) are one route to ASP.NET and to linters. Each route gets one template: the
 *   placeholder names of its first operation by id; the other operations' path parameters are renamed
 *   by position, and the name their page uses is kept in `x-help-page-name`.
 * - Overloads: operations on one method and route (told apart by query keys, or by route constraints
 *   the page does not show) become one OpenAPI operation, see `mergeOverloads`.
 */
import { compareCodeUnits } from '../ir/order.js';
import { placeholders } from '../ir/path-template.js';
import { routeKey } from '../ir/routes.js';
import type { Operation } from '../ir/schema.js';
import type {
  MediaTypeObject,
  OperationObject,
  ParameterObject,
  ReferenceObject,
  ResponseObject,
  SchemaObject,
} from './types.js';

/** A path written with another template's placeholder names, by position. */
export function renamePlaceholders(path: string, names: readonly string[]): string {
  let i = 0;
  return path.replace(/\{[^}]*\}/g, (whole) => {
    const name = names[i];
    i += 1;
    return name === undefined ? whole : `{${name}}`;
  });
}

export interface Route {
  /** The one template of the route, with a leading slash. */
  template: string;
  /** Placeholder renames, per operation id: page name -> template name (only where they differ). */
  renames: Map<string, Map<string, string>>;
  operations: Operation[];
}

/** Operations grouped by route; the template is that of the first operation by id. */
export function routesOf(operations: readonly Operation[]): Route[] {
  const byRoute = new Map<string, Operation[]>();
  for (const op of operations) {
    const key = routeKey(op.path);
    byRoute.set(key, [...(byRoute.get(key) ?? []), op]);
  }
  return [...byRoute.values()].map((ops) => {
    const sorted = [...ops].sort((a, b) => compareCodeUnits(a.id, b.id));
    const first = sorted[0]!;
    const names = placeholders(first.path);
    const renames = new Map<string, Map<string, string>>();
    for (const op of sorted) {
      const own = placeholders(op.path);
      const map = new Map(own.flatMap((name, i) => (name === names[i] ? [] : [[name, names[i]!] as const])));
      if (map.size > 0) renames.set(op.id, map);
    }
    return { template: `/${first.path.replace(/^\/+/, '')}`, renames, operations: sorted };
  });
}

/** Path parameters renamed to the route's template; the page's own name kept as an extension. */
export function renameParameters(
  params: readonly ParameterObject[],
  renames: ReadonlyMap<string, string> | undefined,
): ParameterObject[] {
  if (!renames) return [...params];
  return params.map((p) => {
    const to = p.in === 'path' ? renames.get(p.name) : undefined;
    return to === undefined ? p : { ...p, name: to, 'x-help-page-name': p.name };
  });
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * One schema for the overloads' schemas: the shared one, else `anyOf` the distinct ones in overload
 * order (`anyOf`: two models whose members are all optional both match one value).
 */
function unionSchema(schemas: readonly SchemaObject[]): SchemaObject {
  const distinct: SchemaObject[] = [];
  for (const s of schemas) if (!distinct.some((d) => same(d, s))) distinct.push(s);
  return distinct.length === 1 ? distinct[0]! : { anyOf: distinct };
}

/** Every overload's samples, in overload order: the first is `helpPage`, the next `helpPage-2`, and so on. */
function unionExamples<T>(lists: readonly (Record<string, T> | undefined)[]): Record<string, T> | undefined {
  const distinct: T[] = [];
  for (const e of lists.flatMap((l) => Object.values(l ?? {}))) if (!distinct.some((d) => same(d, e))) distinct.push(e);
  if (distinct.length === 0) return undefined;
  return Object.fromEntries(distinct.map((e, i) => [i === 0 ? 'helpPage' : `helpPage-${i + 1}`, e]));
}

function unionContent(contents: readonly Record<string, MediaTypeObject>[]): Record<string, MediaTypeObject> {
  const result: Record<string, MediaTypeObject> = {};
  const mediaTypes = [...new Set(contents.flatMap((c) => Object.keys(c)))];
  for (const mediaType of mediaTypes) {
    const present = contents.flatMap((c) => (c[mediaType] ? [c[mediaType]] : []));
    const examples = unionExamples(present.map((m) => m.examples));
    const serialized = unionExamples(present.map((m) => m['x-serialized-examples']));
    result[mediaType] = {
      schema: unionSchema(present.map((m) => m.schema)),
      ...(examples ? { examples } : {}),
      ...(serialized ? { 'x-serialized-examples': serialized } : {}),
    };
  }
  return result;
}

function unionResponse(responses: readonly ResponseObject[]): ResponseObject {
  const first = responses[0]!;
  const withContent = responses.flatMap((r) => (r.content ? [r.content] : []));
  const descriptions = [...new Set(responses.map((r) => r.description))];
  return {
    description: descriptions.length === 1 ? first.description : descriptions.join('\n\n'),
    ...(withContent.length > 0 ? { content: unionContent(withContent) } : {}),
  };
}

/** A shared (referenced) response stays the reference; inline ones are united. */
function mergedResponse(
  responses: readonly (ResponseObject | ReferenceObject | undefined)[],
): ResponseObject | ReferenceObject {
  const present = responses.filter((r) => r !== undefined);
  const ref = present.find((r) => '$ref' in r);
  if (ref) return ref;
  return unionResponse(present.filter((r): r is ResponseObject => !('$ref' in r)));
}

/** The query keys that tell an overload apart, as its parameters name them. */
function queryKeys(op: OperationObject): string[] {
  return (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
}

/**
 * Overloads of one method and route as one operation: the first by id gives the id, tag and
 * summary; parameters are the union (a query parameter not every overload has is optional); the
 * description lists the overloads; `x-overloads` keeps every help id, page and query keys; bodies
 * and responses that differ become `anyOf` their shapes.
 */
export function mergeOverloads(objects: readonly OperationObject[]): OperationObject {
  const [first, ...rest] = objects;
  if (!first) throw new Error('mergeOverloads needs at least one operation');
  if (rest.length === 0) return first;
  const params: ParameterObject[] = [];
  for (const op of objects) {
    for (const p of op.parameters ?? []) {
      if (!params.some((q) => q.in === p.in && q.name === p.name)) params.push(p);
    }
  }
  const merged = params.map((p) => {
    const inAll = objects.every((op) => (op.parameters ?? []).some((q) => q.in === p.in && q.name === p.name));
    return p.in === 'query' && !inAll ? { ...p, required: false } : p;
  });
  const listing = objects.map((op) => {
    const keys = queryKeys(op);
    return `- \`${op.operationId}\`${keys.length > 0 ? `: ${keys.join(', ')}` : ''}${op.summary ? ` — ${op.summary}` : ''}`;
  });
  const description = [
    first.description,
    `Overloads of this route (one SDK method each):\n${listing.join('\n')}`,
  ].filter((d): d is string => d !== undefined && d !== '');
  const bodies = objects.flatMap((op) => (op.requestBody ? [op.requestBody] : []));
  const base: OperationObject = { ...first };
  delete base.requestBody;
  delete base.parameters;
  const codes = [...new Set(objects.flatMap((op) => Object.keys(op.responses)))].sort(compareCodeUnits);
  return {
    ...base,
    description: description.join('\n\n'),
    'x-overloads': objects.map((op) => ({
      operationId: op.operationId,
      helpId: op['x-help-id'],
      helpPage: op['x-help-page'],
      queryKeys: queryKeys(op),
    })),
    ...(merged.length > 0 ? { parameters: merged } : {}),
    ...(bodies.length > 0
      ? {
          requestBody: {
            ...(bodies[0]!.description ? { description: bodies[0]!.description } : {}),
            // Required only when every overload takes a body.
            required: bodies.length === objects.length && bodies.every((b) => b.required),
            content: unionContent(bodies.map((b) => b.content)),
          },
        }
      : {}),
    responses: {
      ...Object.fromEntries(codes.map((code) => [code, mergedResponse(objects.map((op) => op.responses[code]))])),
      '200': unionResponse(objects.map((op) => op.responses['200'])),
    },
  };
}
