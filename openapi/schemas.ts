/** IR types to JSON Schema: type uses (`TypeRef`), constraints, and the component schemas. */
import { ARRAYS_NS, GENERIC_NS, jsonNameUnder, pairJsonNames } from '../ir/dotnet.js';
import type {
  ApiIR,
  ComplexType,
  Constraints,
  EnumType,
  JsonNaming,
  Operation,
  Property,
  SimpleName,
  TypeDef,
  TypeRef,
  XmlInfo,
} from '../ir/schema.js';
import { componentNames } from './names.js';
import type { SchemaObject } from './types.js';
import { contractName, contractNamespace, isPrimitive } from './xml.js';

export interface SchemaContext {
  types: ReadonlyMap<string, TypeDef>;
  /** Type id -> component name. */
  names: ReadonlyMap<string, string>;
  /** Model id -> XML facts: each type's, and the scraper's for the models linked but not defined. */
  xml: ReadonlyMap<string, XmlInfo>;
  /** The site's JSON naming, which names a `pair`'s members. */
  jsonNaming: JsonNaming;
  /**
   * Set while describing an operation that names JSON members by its own casing
   * (`Operation.jsonNaming`): models are that casing's variant components (`variantName`).
   */
  naming?: JsonNaming;
}

/** The component of a model as written by an operation with its own JSON casing: `Topic.camelCase`. */
export function variantName(component: string, naming: JsonNaming): string {
  return `${component}.${naming}Case`;
}

/** The context for an operation: its own JSON casing, if it has one. */
export function operationContext(op: Operation, ctx: SchemaContext): SchemaContext {
  return op.jsonNaming === undefined ? ctx : { ...ctx, naming: op.jsonNaming };
}

export function schemaContext(ir: ApiIR): SchemaContext {
  return {
    types: new Map(ir.types.map((t) => [t.id, t])),
    names: componentNames(ir.types),
    jsonNaming: ir.jsonNaming,
    xml: new Map([
      ...ir.types.map((t) => [t.id, t.xml] as const),
      ...ir.unresolvedModels.map((m) => [m.id, m.xml] as const),
    ]),
  };
}

/**
 * Simple types. Choices where the help page is vaguer than JSON Schema:
 * - `integer`: the page writes `integer` for Int16, Int32 and Int64 alike; `int64` is the only
 *   format that does not reject a value the API may send.
 * - `decimal`: `decimal number` stands for decimal, double and float alike; no format is true of
 *   all three (`double` would misstate decimals, `decimal` doubles), so none is given; when an XML
 *   sample showed which (`double`, `float`), that format is given.
 * - `timespan`: Json.NET writes a TimeSpan as `[-][d.]hh:mm:ss[.fffffff]`, DataContract XML as an
 *   ISO 8601 duration; one schema serves both, so `format: duration` would be false for JSON.
 */
const SIMPLE: Record<SimpleName, () => SchemaObject> = {
  string: () => ({ type: 'string' }),
  integer: () => ({ type: 'integer', format: 'int64' }),
  decimal: () => ({ type: 'number' }),
  double: () => ({ type: 'number', format: 'double' }),
  float: () => ({ type: 'number', format: 'float' }),
  boolean: () => ({ type: 'boolean' }),
  date: () => ({ type: 'string', format: 'date-time' }),
  guid: () => ({ type: 'string', format: 'uuid' }),
  timespan: () => ({
    type: 'string',
    description: 'Time interval: `[-][d.]hh:mm:ss[.fffffff]` in JSON, an ISO 8601 duration in XML.',
  }),
  uri: () => ({ type: 'string', format: 'uri' }),
  byte: () => ({ type: 'integer', minimum: 0, maximum: 255 }),
  char: () => ({ type: 'string', minLength: 1, maxLength: 1 }),
  // .NET `Object`: any JSON value.
  object: () => ({}),
};

/** The schema of a type use, with the XML item names its collections carry wherever it appears. */
export function schemaForType(ref: TypeRef, ctx: SchemaContext): SchemaObject {
  switch (ref.kind) {
    case 'simple':
      return SIMPLE[ref.name]();
    case 'binary':
      return { type: 'string', contentEncoding: 'base64' };
    case 'ref': {
      const name = ctx.names.get(ref.id);
      // Never a broken `$ref`: a link to a model the site does not document becomes "anything".
      if (name === undefined) {
        return {
          description: `Undocumented model \`${ref.id}\`: the help pages link to it, but its model page was not read.`,
        };
      }
      const variant = ctx.naming !== undefined && ctx.types.get(ref.id)?.kind === 'complex';
      return { $ref: `#/components/schemas/${variant ? variantName(name, ctx.naming!) : name}` };
    }
    case 'collection':
      return { type: 'array', items: collectionItem(ref.items, ctx), xml: { wrapped: true } };
    case 'dictionary':
      // DataContract XML writes dictionaries as `KeyValueOf…` entry lists, which `xml` cannot express.
      return {
        type: 'object',
        ...keyNames(ref.key, ctx),
        additionalProperties: schemaForType(ref.value, ctx),
      };
    case 'pair': {
      // Json.NET's KeyValuePairConverter names Key and Value by the resolver: the operation's own casing, if any.
      const [key, value] = pairJsonNames(ctx.naming ?? ctx.jsonNaming);
      return {
        type: 'object',
        properties: {
          [key]: { ...schemaForType(ref.key, ctx), xml: { name: 'key', namespace: GENERIC_NS } },
          [value]: { ...schemaForType(ref.value, ctx), xml: { name: 'value', namespace: GENERIC_NS } },
        },
        required: [key, value],
      };
    }
    case 'unknown':
      return { description: `Type not understood from the help page: "${ref.phrase}".` };
  }
}

function collectionItem(items: TypeRef, ctx: SchemaContext): SchemaObject {
  const schema = schemaForType(items, ctx);
  const name = contractName(items, ctx.xml);
  if (name === null) return schema;
  return { ...schema, xml: { ...schema.xml, name, ...itemNamespace(items, ctx) } };
}

/**
 * An item's namespace where nothing else gives it: primitives sit in the Arrays namespace, and an
 * undefined model has no component to carry its own.
 */
function itemNamespace(items: TypeRef, ctx: SchemaContext): { namespace?: string } {
  if (isPrimitive(items)) return { namespace: ARRAYS_NS };
  const namespace =
    items.kind === 'ref' && !ctx.types.has(items.id) ? (ctx.xml.get(items.id)?.namespace ?? null) : null;
  return namespace === null ? {} : { namespace };
}

/** JSON object keys are strings; say which strings when the key type narrows them. */
function keyNames(key: TypeRef, ctx: SchemaContext): Pick<SchemaObject, 'propertyNames'> {
  if (key.kind === 'simple' && (key.name === 'integer' || key.name === 'byte')) {
    return { propertyNames: { pattern: '^-?[0-9]+$' } };
  }
  if (key.kind === 'simple' && (key.name === 'guid' || key.name === 'date' || key.name === 'uri')) {
    return { propertyNames: schemaForType(key, ctx) };
  }
  if (key.kind === 'ref' && ctx.types.get(key.id)?.kind === 'enum') {
    return { propertyNames: schemaForType(key, ctx) };
  }
  return {};
}

/** The schema of a whole request or response body: a type use plus its XML root element. */
export function bodySchema(ref: TypeRef, ctx: SchemaContext): SchemaObject {
  const schema = schemaForType(ref, ctx);
  // A model's root element is named on its component; everything else (an undefined model too) here.
  if (schema.$ref !== undefined) return schema;
  const name = contractName(ref, ctx.xml);
  if (name === null) return schema;
  const namespace = contractNamespace(ref, ctx.xml);
  return { ...schema, xml: { name, ...(namespace === null ? {} : { namespace }), ...schema.xml } };
}

/** Constraints become keywords only, never prose. */
export function constraintKeywords(c: Constraints): SchemaObject {
  return {
    ...(c.minLength === undefined ? {} : { minLength: c.minLength }),
    ...(c.maxLength === undefined ? {} : { maxLength: c.maxLength }),
    ...(c.minimum === undefined ? {} : { minimum: c.minimum }),
    ...(c.maximum === undefined ? {} : { maximum: c.maximum }),
    ...(c.pattern === undefined ? {} : { pattern: c.pattern }),
  };
}

/** Paragraphs joined by blank lines; empty ones dropped. */
export function joinText(parts: readonly (string | undefined)[]): string {
  return parts
    .map((p) => p?.trim() ?? '')
    .filter((p) => p.length > 0)
    .join('\n\n');
}

/**
 * A schema that also admits `null`, as JSON Schema 2020-12 writes it: `null` joins `type`, and a
 * `$ref` or `const` (which a sibling `type` could not widen) becomes one branch of an `anyOf`. A
 * schema with no `type` (any value: `Object`, an undocumented model) admits `null` already.
 */
export function nullable(schema: SchemaObject): SchemaObject {
  const { $ref, type, const: value, ...rest } = schema;
  // A sibling `type` cannot widen a `$ref` or a `const` (a tag's one value): they go into a branch beside null.
  if ($ref !== undefined || value !== undefined) {
    const branch: SchemaObject = {
      ...($ref === undefined ? {} : { $ref }),
      ...(type === undefined ? {} : { type }),
      ...(value === undefined ? {} : { const: value }),
    };
    return { ...rest, anyOf: [branch, { type: 'null' }] };
  }
  if (type === undefined) return schema;
  return { ...rest, type: typeof type === 'string' ? [type, 'null'] : [...new Set([...type, 'null' as const])] };
}

function propertySchema(p: Property, ctx: SchemaContext): SchemaObject {
  const { description: typeNote, xml, ...ofType } = schemaForType(p.type, ctx);
  const description = joinText([p.description, ...p.notes, typeNote]);
  // A polymorphic result's tag holds one member of its enum in this type.
  const typeSchema = p.discriminator === undefined ? ofType : { ...ofType, const: p.discriminator };
  return {
    // The SDK types a member the page does not mark required `T | null`: the API sends nulls for them.
    ...(p.required ? typeSchema : nullable(typeSchema)),
    ...(description ? { description } : {}),
    ...constraintKeywords(p.constraints),
    ...(p.default === undefined ? {} : { default: p.default }),
    ...(p.deprecated ? { deprecated: true } : {}),
    xml: { name: p.xmlName, ...xml },
  };
}

/** A complex type's members in DataContract member order (`xmlOrder`), then any it does not list. */
export function memberOrder(t: ComplexType): Property[] {
  const byClr = new Map(t.properties.map((p) => [p.clrName, p] as const));
  // A set, not `xmlOrder.includes`: a model of tens of thousands of members made this quadratic.
  const listed = new Set(t.xmlOrder);
  return [...t.xmlOrder.flatMap((clr) => byClr.get(clr) ?? []), ...t.properties.filter((p) => !listed.has(p.clrName))];
}

/**
 * A complex type. Properties are emitted in `xmlOrder` (DataContract member order): JSON Schema
 * gives property order no meaning, so this order is documentation for XML readers and writers
 * only, and the JSON order of the page is not kept.
 */
function complexSchema(t: ComplexType, ctx: SchemaContext): SchemaObject {
  const ordered = memberOrder(t);
  const entries = new Map<string, SchemaObject>();
  const written = new Set<Property>();
  const jsonName = (p: Property): string => jsonNameUnder(p, ctx.naming);
  for (const p of ordered) {
    // Two members on one JSON name (the scraper reports `duplicate-json-name`): the first in member
    // order is the one the schema describes, as JSON can carry one value per name.
    if (entries.has(jsonName(p))) continue;
    entries.set(jsonName(p), propertySchema(p, ctx));
    written.add(p);
  }
  // fromEntries defines own members, so a member named `__proto__` is one (assignment would set the prototype).
  const properties: Record<string, SchemaObject> = Object.fromEntries(entries);
  const required = ordered.filter((p) => p.required && written.has(p)).map(jsonName);
  return {
    type: 'object',
    title: t.name,
    ...(t.description.trim() ? { description: t.description.trim() } : {}),
    ...(required.length > 0 ? { required } : {}),
    properties,
    xml: xmlInfo(t),
    'x-help-pages': t.sources,
  };
}

/** Enums travel as member names on both wires; numbers and descriptions ride along as extensions. */
function enumSchema(t: EnumType): SchemaObject {
  const values = t.members.map((m) => m.value);
  return {
    type: 'string',
    title: t.name,
    ...(t.description.trim() ? { description: t.description.trim() } : {}),
    enum: t.members.map((m) => m.name),
    'x-enum-descriptions': t.members.map((m) => m.description),
    ...(values.some((v) => v !== null) ? { 'x-enum-values': values } : {}),
    xml: xmlInfo(t),
    'x-help-pages': t.sources,
  };
}

function xmlInfo(t: TypeDef): SchemaObject['xml'] {
  return { name: t.xml.name, ...(t.xml.namespace === null ? {} : { namespace: t.xml.namespace }) };
}

export function componentSchema(t: TypeDef, ctx: SchemaContext): SchemaObject {
  return t.kind === 'complex' ? complexSchema(t, ctx) : enumSchema(t);
}

/**
 * The discriminator of a polymorphic result: when every alternative is a model whose tag member
 * (`Property.discriminator`) has the same JSON name and a value of its own, that member and the
 * alternative each value names. Null otherwise.
 */
export function discriminatorOf(
  alternatives: readonly TypeRef[],
  ctx: SchemaContext,
): SchemaObject['discriminator'] | null {
  const tags = alternatives.map((alt) => {
    const def = alt.kind === 'ref' ? ctx.types.get(alt.id) : undefined;
    const tag = def?.kind === 'complex' ? def.properties.find((p) => p.discriminator !== undefined) : undefined;
    const name = alt.kind === 'ref' ? ctx.names.get(alt.id) : undefined;
    if (tag === undefined || name === undefined) return null;
    // Under an operation's own casing the tag is named by it, and the alternatives are its variant components.
    const component = ctx.naming === undefined ? name : variantName(name, ctx.naming);
    return { jsonName: jsonNameUnder(tag, ctx.naming), value: tag.discriminator!, name: component };
  });
  if (tags.some((t) => t === null)) return null;
  const known = tags as { jsonName: string; value: string; name: string }[];
  if (new Set(known.map((t) => t.jsonName)).size !== 1 || new Set(known.map((t) => t.value)).size !== known.length) {
    return null;
  }
  return {
    propertyName: known[0]!.jsonName,
    mapping: Object.fromEntries(known.map((t) => [t.value, `#/components/schemas/${t.name}`])),
  };
}
