/**
 * IR type references -> TypeScript type text and runtime `TypeDesc` data (with the links between
 * descriptors left to a `DescLinks`: source text for the SDK, live thunks for the bench). A reference to a type
 * that has no page, or a phrase the scraper did not understand, becomes `unknown` and leaves a note
 * for the member's JSDoc.
 */
import { pairJsonNames } from '../ir/dotnet.js';
import type { JsonNaming, Operation, SimpleName, TypeRef } from '../ir/schema.js';
import type { SdkPlan, TypePlan } from './plan.js';

/**
 * Runtime functions that descriptors and specs carry, by the module of `src/runtime/` that exports
 * each: a spec or descriptor that needs one names it, so a bundle holds it only with them.
 */
export const RUNTIME_FUNCTIONS = { buildQuery: 'url', decodeBase64: 'base64', pickComplex: 'shapes' } as const;
export type RuntimeFunction = keyof typeof RUNTIME_FUNCTIONS;

/** What rendering a type needed: model ids to import, and notes about anything typed `unknown`. */
export interface TypeUses {
  readonly ids: Set<string>;
  /** Descriptor constants named (a model's, or its variant in a JSON casing). */
  readonly descs: Set<string>;
  /** Runtime functions named. */
  readonly runtime: Set<RuntimeFunction>;
  readonly notes: string[];
}

export function newUses(): TypeUses {
  return { ids: new Set(), descs: new Set(), runtime: new Set(), notes: [] };
}

const SIMPLE_TS: Record<SimpleName, string> = {
  string: 'string',
  // Dates stay strings: the API writes 7 fraction digits and an offset, which a JS Date would lose.
  date: 'string',
  guid: 'string',
  timespan: 'string',
  uri: 'string',
  char: 'string',
  integer: 'number',
  decimal: 'number',
  double: 'number',
  float: 'number',
  byte: 'number',
  boolean: 'boolean',
  object: 'unknown',
};

/** Simple types that are a `number` in TypeScript. */
export function isNumeric(name: SimpleName): boolean {
  return SIMPLE_TS[name] === 'number';
}

function note(uses: TypeUses, text: string): void {
  if (!uses.notes.includes(text)) uses.notes.push(text);
}

/** Wrap a union before `[]`. */
function arrayOf(items: string): string {
  return /^[A-Za-z0-9_$.]+(\[\])*$/.test(items) || /^(Record|Array)<.*>$/.test(items)
    ? `${items}[]`
    : `Array<${items}>`;
}

export function tsType(ref: TypeRef, plan: SdkPlan, uses: TypeUses): string {
  switch (ref.kind) {
    case 'simple':
      return SIMPLE_TS[ref.name];
    case 'binary':
      return 'Uint8Array';
    case 'ref': {
      const target = plan.types.get(ref.id);
      if (target === undefined) {
        note(uses, `The documentation links model \`${ref.id}\`, which has no page: typed \`unknown\`.`);
        return 'unknown';
      }
      uses.ids.add(ref.id);
      return target.name;
    }
    case 'collection':
      return arrayOf(tsType(ref.items, plan, uses));
    case 'dictionary':
      // JSON object keys are strings whatever the .NET key type.
      return `Record<string, ${tsType(ref.value, plan, uses)}>`;
    case 'pair': {
      const [key, value] = pairJsonNames(plan.ir.jsonNaming);
      return `{ ${key}: ${tsType(ref.key, plan, uses)}; ${value}: ${tsType(ref.value, plan, uses)} }`;
    }
    case 'unknown':
      note(
        uses,
        `The documentation gives the type as "${ref.phrase}", which the generator does not understand: typed \`unknown\`.`,
      );
      return 'unknown';
  }
}

/** A `TypeDesc` as data, its links to model descriptors made by a `DescLinks`. */
export type DescData = { readonly kind: string } & Readonly<Record<string, unknown>>;

/**
 * How a descriptor refers to models: the value of a `ref`'s `to` and of a `oneOf`'s `of`; with a
 * `naming`, to the models' variants in that JSON casing (`TypePlan.variants`). And how it refers
 * to the runtime functions it carries (a `binary`'s `decode`, a `oneOf`'s `pick`, a spec's `encodeQuery`).
 */
export interface DescLinks {
  to(target: TypePlan, naming?: JsonNaming): unknown;
  of(targets: readonly TypePlan[], naming?: JsonNaming): unknown;
  runtime(name: RuntimeFunction): unknown;
}

/** A type use's descriptor; `naming` for an operation with its own JSON casing (`Operation.jsonNaming`). */
export function typeDesc(ref: TypeRef, plan: SdkPlan, links: DescLinks, naming?: JsonNaming): DescData {
  switch (ref.kind) {
    case 'simple':
      return { kind: 'simple', name: ref.name };
    case 'binary':
      return { kind: 'binary', decode: links.runtime('decodeBase64') };
    case 'ref': {
      const target = plan.types.get(ref.id);
      if (target === undefined) return danglingDesc(ref.id, plan);
      return { kind: 'ref', to: links.to(target, target.variants.has(naming!) ? naming : undefined) };
    }
    case 'collection':
      return { kind: 'collection', items: typeDesc(ref.items, plan, links, naming) };
    case 'dictionary':
      return {
        kind: 'dictionary',
        key: typeDesc(ref.key, plan, links, naming),
        value: typeDesc(ref.value, plan, links, naming),
      };
    case 'pair': {
      const names = pairJsonNames(plan.ir.jsonNaming);
      const json = pairJsonNames(naming ?? plan.ir.jsonNaming);
      return {
        kind: 'pair',
        key: typeDesc(ref.key, plan, links, naming),
        value: typeDesc(ref.value, plan, links, naming),
        names,
        json: json[0] === names[0] ? undefined : json,
      };
    }
    case 'unknown':
      return { kind: 'unknown' };
  }
}

/**
 * A polymorphic response's shapes: the alternatives, each unwrapped from `Collection of` when the
 * response as a whole is a collection (a list whose items are any of the shapes).
 */
function alternatives(op: Operation): { shapes: TypeRef[]; collection: boolean } {
  const collection = op.response.type?.kind === 'collection';
  const shapes = op.response.alternatives.map((alt) => (collection && alt.kind === 'collection' ? alt.items : alt));
  return { shapes, collection };
}

/** The TypeScript type a call resolves to. */
export function responseTsType(op: Operation, plan: SdkPlan, uses: TypeUses): string {
  if (op.response.alternatives.length < 2) {
    return op.response.type === null ? 'void' : tsType(op.response.type, plan, uses);
  }
  const { shapes, collection } = alternatives(op);
  const members = [...new Set(shapes.map((s) => tsType(s, plan, uses)))];
  const union = members.includes('unknown') ? 'unknown' : members.join(' | ');
  return collection ? arrayOf(union) : union;
}

/**
 * The descriptor the runtime decodes a response with; `oneOf` only when every shape is a known
 * model, carrying the base contract the XML writes them under when a sample showed it.
 */
export function responseDesc(op: Operation, plan: SdkPlan, links: DescLinks): DescData | null {
  if (op.response.alternatives.length < 2)
    return op.response.type === null ? null : typeDesc(op.response.type, plan, links, op.jsonNaming);
  const { shapes, collection } = alternatives(op);
  const targets = shapes.map((s) => (s.kind === 'ref' ? plan.types.get(s.id) : undefined));
  const root = op.response.xmlRoot;
  const base =
    root === undefined
      ? {}
      : root.namespace === null
        ? { xmlName: root.name }
        : { xmlName: root.name, xmlNamespace: root.namespace };
  const oneOf: DescData = targets.every((t) => t !== undefined)
    ? { kind: 'oneOf', of: links.of([...new Set(targets)], op.jsonNaming), pick: links.runtime('pickComplex'), ...base }
    : { kind: 'unknown' };
  return collection ? { kind: 'collection', items: oneOf } : oneOf;
}

/** A link to a model page nobody read, with the XML facts the scraper gave it. */
function danglingDesc(id: string, plan: SdkPlan): DescData {
  const xml = plan.unresolved.get(id);
  if (xml === undefined) return { kind: 'unknown' };
  return xml.namespace === null
    ? { kind: 'unknown', xmlName: xml.name }
    : { kind: 'unknown', xmlName: xml.name, xmlNamespace: xml.namespace };
}
