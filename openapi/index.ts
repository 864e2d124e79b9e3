/**
 * The OpenAPI 3.1 export of the IR: `toOpenApi` builds the document (pure, deterministic key order),
 * `serializeOpenApi` writes it.
 */
import { createHash } from 'node:crypto';

import { planSdk } from '../emitter/plan.js';
import { compareCodeUnits } from '../ir/order.js';
import { IR_VERSION, JsonNaming, type ApiIR, type Group } from '../ir/schema.js';
import { isVitecSite } from '../ir/site.js';
import { modelsWrittenIn } from '../ir/type-ref.js';
import { errorResponses, errorSchemas } from './errors.js';
import { ExampleRegistry, operationObject } from './operations.js';
import { mergeOverloads, renameParameters, routesOf } from './routes.js';
import { componentSchema, schemaContext, variantName, type SchemaContext } from './schemas.js';
import type { HttpMethod, OpenApiDocument, PathItemObject, SchemaObject, TagObject } from './types.js';

export type * from './types.js';

const SECURITY_SCHEME = 'basicAuth';

/** The order OpenAPI lists methods in a path item. */
const METHOD_ORDER: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];

/** Tag names must be unique; a heading used by two groups gets its group id to tell them apart. */
function tagNames(groups: readonly Group[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const g of groups) count.set(g.name, (count.get(g.name) ?? 0) + 1);
  return new Map(groups.map((g) => [g.id, count.get(g.name)! > 1 ? `${g.name} (${g.id})` : g.name]));
}

function tags(ir: ApiIR, names: ReadonlyMap<string, string>): TagObject[] {
  const documented = [...ir.groups]
    .sort((a, b) => compareCodeUnits(a.id, b.id))
    .map((g): TagObject => ({
      name: names.get(g.id)!,
      ...(g.description.trim() ? { description: g.description.trim() } : {}),
      externalDocs: { url: g.sourceUrl },
    }));
  // An operation whose group page was not read still needs its tag declared.
  const orphans = [...new Set(ir.operations.filter((op) => !names.has(op.group)).map((op) => op.group))]
    .sort(compareCodeUnits)
    .map((name): TagObject => ({ name }));
  return [...documented, ...orphans];
}

/**
 * One path item per route (placeholder twins share one template) and one operation per method
 * (overloads merged), see `routes.ts`.
 */
function paths(
  ir: ApiIR,
  tagOf: ReadonlyMap<string, string>,
  ctx: SchemaContext,
  registry: ExampleRegistry,
  operationIds: ReadonlyMap<string, string>,
): Record<string, PathItemObject> {
  const items = new Map<string, PathItemObject>();
  for (const route of routesOf(ir.operations)) {
    const item: PathItemObject = {};
    for (const method of METHOD_ORDER) {
      const ops = route.operations.filter((op) => op.method.toLowerCase() === method);
      if (ops.length === 0) continue;
      const objects = ops.map((op) => {
        const object = operationObject(op, operationIds.get(op.id)!, tagOf.get(op.group) ?? op.group, ctx, registry);
        const parameters = object.parameters && renameParameters(object.parameters, route.renames.get(op.id));
        return parameters ? { ...object, parameters } : object;
      });
      item[method] = mergeOverloads(objects);
    }
    items.set(route.template, item);
  }
  return Object.fromEntries([...items].sort(([a], [b]) => compareCodeUnits(a, b)));
}

/** Help-page id -> the SDK's name for the operation, from the emitter's naming plan so both agree. */
function sdkOperationIds(ir: ApiIR): Map<string, string> {
  const ids = new Map<string, string>();
  for (const group of planSdk(ir).groups) {
    for (const op of group.operations) ids.set(op.op.id, `${group.property}_${op.method}`);
  }
  return ids;
}

/**
 * The models as operations with their own JSON casing write them (`Operation.jsonNaming`): one
 * variant component per casing for every model such an operation's body or response reaches.
 */
function namingVariants(ir: ApiIR, ctx: SchemaContext): Record<string, SchemaObject> {
  const variants: [string, SchemaObject][] = [];
  for (const naming of JsonNaming.options) {
    for (const id of modelsWrittenIn(ir, naming)) {
      const base = ctx.names.get(id)!;
      variants.push([
        variantName(base, naming),
        { ...componentSchema(ctx.types.get(id)!, { ...ctx, naming }), 'x-json-naming': naming, 'x-variant-of': base },
      ]);
    }
  }
  return Object.fromEntries(variants.sort(([a], [b]) => compareCodeUnits(a, b)));
}

export function toOpenApi(ir: ApiIR): OpenApiDocument {
  const ctx = schemaContext(ir);
  const { names } = ctx;
  const schemas: Record<string, SchemaObject> = {};
  for (const t of [...ir.types].sort((a, b) => compareCodeUnits(names.get(a.id)!, names.get(b.id)!))) {
    schemas[names.get(t.id)!] = componentSchema(t, ctx);
  }
  Object.assign(schemas, namingVariants(ir, ctx));
  const tagOf = tagNames(ir.groups);
  const registry = new ExampleRegistry();
  const doc: OpenApiDocument = {
    openapi: '3.1.0',
    info: isVitecSite(ir)
      ? {
          title: 'Vitec Connect API',
          version: '',
          // The site's own words: the opening of `Teknisk Beskrivning` and the page header.
          description: [
            'Connect är ett API som möjliggör samverkan med mäklarsystemet.',
            `Dokumentation för API-funktioner: ${ir.source.helpRoot}`,
          ].join('\n\n'),
        }
      : {
          title: ir.source.title ?? `API of ${ir.source.helpRoot}`,
          version: '',
          description: `Read from the help pages at ${ir.source.helpRoot}.`,
        },
    servers: [{ url: ir.source.apiBaseUrl }],
    security: [{ [SECURITY_SCHEME]: [] }],
    tags: tags(ir, tagOf),
    paths: paths(ir, tagOf, ctx, registry, sdkOperationIds(ir)),
    components: {
      schemas: { ...schemas, ...errorSchemas() },
      examples: registry.toObject(),
      'x-serialized-examples': registry.serializedObject(),
      responses: errorResponses(),
      securitySchemes: {
        [SECURITY_SCHEME]: {
          type: 'http',
          scheme: 'basic',
          description:
            'Användarnamn används som username och lösenord som password och anges enligt http basic authentication.',
        },
      },
    },
  };
  doc.info.version = contentVersion(doc);
  return doc;
}

/**
 * The document's version: a fingerprint of its content (with the version left empty), so it changes
 * exactly when the described API does and never with the clock.
 */
function contentVersion(doc: OpenApiDocument): string {
  const digest = createHash('sha256').update(serializeOpenApi(doc)).digest('hex');
  return `ir${IR_VERSION}-${digest.slice(0, 12)}`;
}

export function serializeOpenApi(doc: OpenApiDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
