/** IR operations to OpenAPI operations: parameters, bodies, the success response, samples. */
import { BINARY_XML_NAME, SERIALIZATION_NS } from '../ir/dotnet.js';
import { compareCodeUnits } from '../ir/order.js';
import { placeholders } from '../ir/path-template.js';
import type { Operation, Parameter, Sample, TypeRef } from '../ir/schema.js';
import { errorResponseRefs } from './errors.js';
import { sanitizeComponentName } from './names.js';
import { fitPlaceholders } from './placeholders.js';
import {
  bodySchema,
  constraintKeywords,
  discriminatorOf,
  joinText,
  operationContext,
  schemaForType,
  type SchemaContext,
} from './schemas.js';
import type {
  ExampleObject,
  MediaTypeObject,
  OperationObject,
  ParameterObject,
  ResponseObject,
  SchemaObject,
} from './types.js';
import { pinVolatileValues } from './volatile.js';

/** Media types are listed in this order; any other JSON or XML type follows, by name. */
const MEDIA_ORDER = [
  'application/json',
  'text/json',
  'application/xml',
  'text/xml',
  'application/octet-stream',
  'text/x-base64',
];

type MediaFamily = 'json' | 'xml' | 'octet' | 'base64';

/**
 * Form media types are left out: the site lists them only with `Failed to generate the sample`,
 * so their shape is not documented.
 */
function mediaFamily(mediaType: string): MediaFamily | null {
  if (mediaType === 'application/octet-stream') return 'octet';
  if (mediaType === 'text/x-base64') return 'base64';
  if (/[/+]json$/.test(mediaType)) return 'json';
  if (/[/+]xml$/.test(mediaType)) return 'xml';
  return null;
}

function mediaRank(mediaType: string): number {
  const i = MEDIA_ORDER.indexOf(mediaType);
  return i === -1 ? MEDIA_ORDER.length : i;
}

/** The schema for one media type of a body. Binary bodies differ per media type; others share one. */
function mediaSchema(family: MediaFamily, type: TypeRef | null, shared: SchemaObject): SchemaObject | null {
  if (type?.kind !== 'binary') return family === 'json' || family === 'xml' ? shared : null;
  switch (family) {
    case 'octet':
      return { type: 'string', format: 'binary' };
    case 'xml':
      return { type: 'string', contentEncoding: 'base64', xml: { name: BINARY_XML_NAME, namespace: SERIALIZATION_NS } };
    case 'json':
    case 'base64':
      return { type: 'string', contentEncoding: 'base64' };
  }
}

/**
 * Samples go to `components.examples`, one per sample, and media types refer to them: each sample
 * covers an alias pair (`application/json, text/json`), and samples are most of the document.
 *
 * A sample that is not a JSON value (the XML samples: DataContract text) goes to
 * `components.x-serialized-examples` instead, referred to by the media type's
 * `x-serialized-examples`. OpenAPI 3.1 allows such text as an example's `value`, but linters check
 * every `value` as the JSON value of the schema, which a string of XML never is; the extension keeps
 * the exact text (what a mock must answer) where linters do not look. OpenAPI 3.2 names this an
 * example's `serializedValue`.
 */
export class ExampleRegistry {
  readonly #examples = new Map<string, ExampleObject>();
  readonly #serialized = new Map<string, ExampleObject>();

  /**
   * Register a sample's text; returns the media type's member that refers to it, or null for
   * `Sample not available.` `conform` adjusts a parsed JSON sample to its schema.
   */
  add(key: string, sample: Sample, conform: (value: unknown) => unknown = (v) => v): SampleRef | null {
    if (sample.text === null) return null;
    const text = pinVolatileValues(sample.text);
    let value: unknown = text;
    let serialized = sample.format === 'xml';
    if (sample.format === 'json') {
      try {
        value = conform(JSON.parse(text));
      } catch {
        // A sample that is not JSON is still worth showing, as the text the page shows.
        serialized = true;
      }
    }
    const store = serialized ? this.#serialized : this.#examples;
    const base = sanitizeComponentName(key);
    let name = base;
    for (let n = 2; this.#examples.has(name) || this.#serialized.has(name); n += 1) name = `${base}-${n}`;
    store.set(name, { summary: 'Sample from the help page', value });
    return serialized
      ? { 'x-serialized-examples': { helpPage: { $ref: `#/components/x-serialized-examples/${name}` } } }
      : { examples: { helpPage: { $ref: `#/components/examples/${name}` } } };
  }

  /** The examples by name, sorted. */
  toObject(): Record<string, ExampleObject> {
    return sortedObject(this.#examples);
  }

  /** The samples kept as text, by name, sorted. */
  serializedObject(): Record<string, ExampleObject> {
    return sortedObject(this.#serialized);
  }
}

type SampleRef = Pick<MediaTypeObject, 'examples' | 'x-serialized-examples'>;

function sortedObject(map: ReadonlyMap<string, ExampleObject>): Record<string, ExampleObject> {
  return Object.fromEntries([...map].sort(([a], [b]) => compareCodeUnits(a, b)));
}

interface Samples {
  list: readonly Sample[];
  /** The shapes a JSON sample may have: the body type, or each alternative of a polymorphic result. */
  shapes: readonly TypeRef[];
  /** `{operation id}.request` or `….response`: the prefix of the samples' example names. */
  key: string;
  registry: ExampleRegistry;
}

/**
 * Media types: JSON and XML always (the API's formatters), plus every type the samples list that
 * maps to a family; `examples` from the sample listing the type, when it has text.
 */
function content(
  type: TypeRef | null,
  shared: SchemaObject,
  samples: Samples,
  ctx: SchemaContext,
): Record<string, MediaTypeObject> {
  const conform = (value: unknown): unknown => fitPlaceholders(value, samples.shapes, ctx.types);
  const refs = new Map<Sample, SampleRef | null>(
    samples.list.map((s) => [s, samples.registry.add(`${samples.key}.${s.mediaTypes[0] ?? s.format}`, s, conform)]),
  );
  const listed = samples.list.flatMap((s) => s.mediaTypes.map(normalMediaType));
  const base =
    type?.kind === 'binary'
      ? ['application/json', 'application/xml', 'application/octet-stream']
      : ['application/json', 'application/xml'];
  const mediaTypes = [...new Set([...base, ...listed])].sort(
    (a, b) => mediaRank(a) - mediaRank(b) || compareCodeUnits(a, b),
  );
  const result: Record<string, MediaTypeObject> = {};
  for (const mediaType of mediaTypes) {
    const family = mediaFamily(mediaType);
    if (family === null) continue;
    const schema = mediaSchema(family, type, shared);
    if (schema === null) continue;
    const sample = samples.list.find(
      (s) => s.text !== null && s.mediaTypes.some((m) => normalMediaType(m) === mediaType),
    );
    const ref = sample ? refs.get(sample) : null;
    result[mediaType] = { schema, ...ref };
  }
  return result;
}

function normalMediaType(mediaType: string): string {
  return mediaType.trim().toLowerCase();
}

function parameter(p: Parameter, ctx: SchemaContext): ParameterObject {
  const description = joinText([p.description, ...p.notes]);
  return {
    name: p.name,
    in: p.in,
    ...(description ? { description } : {}),
    // OpenAPI requires path parameters to be required; the route cannot match without them.
    required: p.in === 'path' ? true : p.required,
    ...(p.deprecated ? { deprecated: true } : {}),
    schema: {
      ...schemaForType(p.type, ctx),
      ...constraintKeywords(p.constraints),
      ...(p.default === undefined ? {} : { default: p.default }),
    },
    ...(p.boundFrom ? { 'x-bound-from': { parameter: p.boundFrom.parameter, type: p.boundFrom.typeId } } : {}),
    // OpenAPI styles have no indexed form; `x-indexed-keys` says the list is sent as `key[0]=a&key[1]=b`.
    ...(p.indexed ? { 'x-indexed-keys': true } : {}),
  };
}

function parameters(op: Operation, ctx: SchemaContext): ParameterObject[] {
  const documented = new Set(op.parameters.filter((p) => p.in === 'path').map((p) => p.name));
  // A placeholder the page does not document must still be declared, or the document is invalid.
  const undocumented = placeholders(op.path)
    .filter((name) => !documented.has(name))
    .map((name): ParameterObject => ({
      name,
      in: 'path',
      description: 'Not documented on the help page.',
      required: true,
      schema: { type: 'string' },
    }));
  return [...op.parameters.map((p) => parameter(p, ctx)), ...undocumented];
}

function responseSchema(op: Operation, ctx: SchemaContext): SchemaObject | null {
  const { type, alternatives } = op.response;
  if (alternatives.length === 0) return type === null ? null : bodySchema(type, ctx);
  // `anyOf`, not `oneOf`: the variants' members are all optional, so a value matches several of them.
  const discriminator = discriminatorOf(alternatives, ctx);
  const anyOf: SchemaObject = {
    anyOf: alternatives.map((alt) => schemaForType(alt, ctx)),
    ...(discriminator === null ? {} : { discriminator }),
  };
  // A list of polymorphic results lists its alternatives per item.
  return type?.kind === 'collection' ? { type: 'array', items: anyOf } : anyOf;
}

/** The shapes a response sample may have, as `responseSchema` describes them. */
function responseShapes(op: Operation): TypeRef[] {
  const { type, alternatives } = op.response;
  if (alternatives.length === 0) return type === null ? [] : [type];
  return type?.kind === 'collection' ? alternatives.map((items) => ({ kind: 'collection', items })) : alternatives;
}

/**
 * The success response. The site documents no status codes, so every operation gets `200`, also
 * when nothing is returned: `204` would claim a void action, which the page cannot tell apart from
 * an action result that answers `200 OK` with no documented body.
 */
function response(op: Operation, ctx: SchemaContext, registry: ExampleRegistry): ResponseObject {
  const description = op.response.description.trim() || 'OK';
  const schema = responseSchema(op, ctx);
  if (schema === null) return { description };
  return {
    description,
    content: content(
      op.response.type,
      schema,
      { list: op.responseSamples, shapes: responseShapes(op), key: `${op.id}.response`, registry },
      ctx,
    ),
  };
}

/**
 * One operation. `operationId` is the SDK's name for it (`user_notify`: client property and
 * method), so tools fed this document name it as the SDK does; the help-page id stays in `x-help-id`.
 */
export function operationObject(
  op: Operation,
  operationId: string,
  tag: string,
  siteCtx: SchemaContext,
  registry: ExampleRegistry,
): OperationObject {
  const ctx = operationContext(op, siteCtx);
  const params = parameters(op, ctx);
  return {
    operationId,
    'x-help-id': op.id,
    tags: [tag],
    // Linters want a summary; a page without one is named by its route.
    summary: op.summary.trim() || `${op.method} ${op.path}`,
    ...(op.description.trim() ? { description: op.description.trim() } : {}),
    'x-help-page': op.sourceUrl,
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(op.body
      ? {
          requestBody: {
            ...(op.body.description.trim() ? { description: op.body.description.trim() } : {}),
            // The page documents the body as the operation's input; sending none is not a documented use.
            required: true,
            content: content(
              op.body.type,
              bodySchema(op.body.type, ctx),
              { list: op.requestSamples, shapes: [op.body.type], key: `${op.id}.request`, registry },
              ctx,
            ),
          },
        }
      : {}),
    responses: { '200': response(op, ctx, registry), ...errorResponseRefs() },
  };
}
