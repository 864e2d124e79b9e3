/**
 * The XML sample of a page, rebuilt from its JSON sample (same generated object, other formatter)
 * and the types the page's tables name. Where a table is missing, the JSON alone decides:
 * member names become PascalCase, nested objects stay in the parent's namespace.
 */
import { ARRAYS_NS, jsonCamelCase, PRIMITIVE_XML_NAMES } from '../../ir/dotnet.js';
import { modelPrefix } from '../../ir/model-id.js';
import { simpleName } from '../../scraper/type-phrase.js';
import { parseJsonSample, type JsonNode } from './json-sample.js';
import type { EndpointPage, ModelPage, PropertyRow, TypedPart, TypeRef } from './page-model.js';
import {
  dataContractNamespace,
  rootForCollection,
  rootForObject,
  rootForPrimitive,
  writeDataContractXml,
  type XmlCollection,
  type XmlMember,
  type XmlObject,
  type XmlRoot,
  type XmlValue,
} from './xml-sample.js';

export interface ModelInfo {
  name: string;
  modelName: string;
  kind: 'complex' | 'enum';
  rows: PropertyRow[];
}
export type TypeRegistry = ReadonlyMap<string, ModelInfo>;

/** Every type whose table we have: model pages first, then tables inline on endpoint pages. */
export function buildRegistry(models: ModelPage[], endpoints: EndpointPage[]): TypeRegistry {
  const reg = new Map<string, ModelInfo>();
  for (const m of models) {
    reg.set(m.modelName, {
      name: m.name,
      modelName: m.modelName,
      kind: m.content.kind,
      rows: m.content.kind === 'complex' ? m.content.rows : [],
    });
  }
  const addPart = (part: TypedPart | null): void => {
    if (!part) return;
    const t = part.type ? elementType(part.type) : null;
    if (t?.kind === 'model' && part.rows && !reg.has(t.modelName)) {
      reg.set(t.modelName, { name: t.name, modelName: t.modelName, kind: 'complex', rows: part.rows });
    }
    for (const v of part.variants) {
      if (!reg.has(v.table.modelName)) reg.set(v.table.modelName, { ...v.table, kind: 'complex' });
    }
  };
  for (const e of endpoints) {
    addPart(e.body);
    addPart(e.response);
  }
  return reg;
}

function elementType(t: TypeRef): TypeRef {
  return t.kind === 'collection' ? elementType(t.of) : t;
}

/** CLR namespace from the modelName prefix (`User_Notification` -> `…Models.User`; `Models_X` and `Paging` -> `…Models`). */
export function clrNamespaceOf(modelName: string): string {
  const prefix = modelPrefix(modelName);
  return prefix === null || prefix === 'Models'
    ? 'Vitec.Housing.Connect.Api.Models'
    : `Vitec.Housing.Connect.Api.Models.${prefix}`;
}

function nsOf(modelName: string): string {
  return dataContractNamespace(clrNamespaceOf(modelName));
}

/** A polymorphic result's declared type: what its variants share (`CrmPersonContact`, … -> `CrmContact`). */
export function commonBaseName(names: string[]): string {
  const first = names[0] ?? '';
  let pre = first.length;
  let suf = first.length;
  for (const n of names) {
    let i = 0;
    while (i < pre && i < n.length && n[i] === first[i]) i++;
    pre = i;
    let j = 0;
    while (j < suf && j < n.length && n[n.length - 1 - j] === first[first.length - 1 - j]) j++;
    suf = j;
  }
  return first.slice(0, pre) + first.slice(Math.max(pre, first.length - suf));
}

interface Ctx {
  registry: TypeRegistry;
  where: string;
  /** A polymorphic result: objects of the base type are written as the variant they match. */
  polymorphic?: Polymorphic;
}

interface Polymorphic {
  baseModelName: string;
  variants: ModelInfo[];
}

/**
 * The variant a JSON object of a polymorphic result is: among those whose table has every member
 * of the object, the one named after its `type` member's value (`"Person"` -> `CrmPersonContact`),
 * else the first.
 */
export function pickVariant(node: Extract<JsonNode, { kind: 'object' }>, variants: readonly ModelInfo[]): ModelInfo {
  const fitting = variants.filter((v) => node.entries.every(([key]) => findRow(v.rows, key) !== undefined));
  const candidates = fitting.length > 0 ? fitting : variants;
  const typeValue = node.entries.find(([key]) => key.toLowerCase() === 'type')?.[1];
  const named = typeValue?.kind === 'string' ? candidates.find((v) => v.name.includes(typeValue.value)) : undefined;
  return named ?? candidates[0]!;
}

/** An object of model `type`, as its variant when `type` is a polymorphic result's base. */
function modelObject(
  node: Extract<JsonNode, { kind: 'object' }>,
  type: TypeRef & { kind: 'model' },
  ctx: Ctx,
): XmlObject {
  if (ctx.polymorphic?.baseModelName === type.modelName) {
    const variant = pickVariant(node, ctx.polymorphic.variants);
    return { ...objectValue(node, variant.rows, nsOf(variant.modelName), ctx), xsiType: variant.name };
  }
  return objectValue(node, rowsOf(type.modelName, type.name, ctx.registry), nsOf(type.modelName), ctx);
}

function decimalText(raw: string): string {
  // Json.NET writes a decimal 1 as `1.0`; DataContractSerializer writes `1`.
  return /\.0+$/.test(raw) ? raw.replace(/\.0+$/, '') : raw;
}

function primitiveText(node: JsonNode, type: TypeRef | null): string {
  switch (node.kind) {
    case 'string':
      return node.value;
    case 'boolean':
      return node.value ? 'true' : 'false';
    case 'number':
      return type?.kind === 'simple' && type.name !== 'decimal number' ? node.raw : decimalText(node.raw);
    default:
      throw new Error(`not a primitive: ${node.kind}`);
  }
}

/**
 * XSD name of a simple item (`Collection of integer` -> `int`): the IR's name for the page's
 * phrase, except that `decimal number` covers both decimal and double on the page, so the sample's
 * text decides; an unknown phrase is named from its sample.
 */
function xsdName(type: TypeRef | null, sample: JsonNode | undefined): string {
  const simple = type?.kind === 'simple' ? simpleName(type.name) : undefined;
  if (simple === 'decimal') return sample?.kind === 'number' && !/\.0+$/.test(sample.raw) ? 'double' : 'decimal';
  if (simple !== undefined) return PRIMITIVE_XML_NAMES[simple];
  if (!sample) return 'string';
  if (sample.kind === 'boolean') return 'boolean';
  if (sample.kind === 'number')
    return /\./.test(sample.raw) ? (/\.0+$/.test(sample.raw) ? 'decimal' : 'double') : 'int';
  return 'string';
}

function pascal(key: string): string {
  return key.charAt(0).toUpperCase() + key.slice(1);
}

function singular(name: string): string {
  return name.endsWith('s') ? name.slice(0, -1) : name;
}

function findRow(rows: PropertyRow[], key: string): PropertyRow | undefined {
  return (
    rows.find((r) => jsonCamelCase(r.name) === key) ?? rows.find((r) => r.name.toLowerCase() === key.toLowerCase())
  );
}

/**
 * Rows of a model type. A type with no table of its own borrows those of its namesakes in the same
 * namespace (`SearchProfileCommercial` from `SearchProfileCommercialCreate` and `…Update`).
 */
function rowsOf(modelName: string, name: string, registry: TypeRegistry): PropertyRow[] | null {
  const info = registry.get(modelName);
  if (info) return info.kind === 'complex' ? info.rows : null;
  const prefix = modelPrefix(modelName);
  const rows: PropertyRow[] = [];
  for (const m of [...registry.values()].sort((a, b) => (a.modelName < b.modelName ? -1 : 1))) {
    if (m.kind !== 'complex' || modelPrefix(m.modelName) !== prefix || !m.name.startsWith(name)) continue;
    for (const r of m.rows) if (!rows.some((x) => x.name === r.name)) rows.push(r);
  }
  return rows.length > 0 ? rows : null;
}

/** A member no table describes: take the type that every same-named member of the namespace has, if they agree. */
function guessRow(key: string, ns: string, registry: TypeRegistry): PropertyRow | undefined {
  const found: PropertyRow[] = [];
  for (const m of registry.values()) {
    if (m.kind !== 'complex' || nsOf(m.modelName) !== ns) continue;
    const r = findRow(m.rows, key);
    if (r) found.push(r);
  }
  const types = new Set(found.map((r) => JSON.stringify(r.type)));
  return types.size === 1 ? found[0] : undefined;
}

function objectValue(
  node: Extract<JsonNode, { kind: 'object' }>,
  rows: PropertyRow[] | null,
  ns: string,
  ctx: Ctx,
): XmlObject {
  const members: XmlMember[] = node.entries.map(([key, value]) => {
    const row = rows ? findRow(rows, key) : guessRow(key, ns, ctx.registry);
    const name = row?.name ?? pascal(key);
    return { name, value: toXml(value, row?.type ?? null, ns, name, ctx) };
  });
  return { kind: 'object', namespace: ns, members };
}

function collectionValue(
  node: Extract<JsonNode, { kind: 'array' }>,
  of: TypeRef | null,
  parentNs: string,
  memberName: string,
  ctx: Ctx,
): XmlCollection {
  const first = node.items[0];
  if (of?.kind === 'model') {
    const info = ctx.registry.get(of.modelName);
    return {
      kind: 'collection',
      itemName: info?.name ?? of.name,
      itemNamespace: nsOf(of.modelName),
      items: node.items.map((item) => toXml(item, of, parentNs, of.name, ctx)),
    };
  }
  if (first?.kind === 'object' && of === null) {
    const itemName = singular(pascal(memberName));
    return {
      kind: 'collection',
      itemName,
      itemNamespace: parentNs,
      items: node.items.map((item) => toXml(item, null, parentNs, itemName, ctx)),
    };
  }
  if (of?.kind === 'collection' || first?.kind === 'array') {
    throw new Error(`${ctx.where}: collections of collections are not supported (member ${memberName})`);
  }
  return {
    kind: 'collection',
    itemName: xsdName(of, first),
    itemNamespace: ARRAYS_NS,
    items: node.items.map((item) => toXml(item, of, ARRAYS_NS, memberName, ctx)),
  };
}

/** One JSON value, typed by the table row that describes it (or by nothing). */
function toXml(node: JsonNode, type: TypeRef | null, parentNs: string, memberName: string, ctx: Ctx): XmlValue {
  if (node.kind === 'null') return { kind: 'nil' };
  if (type?.kind === 'collection' && type.of.kind === 'simple' && type.of.name === 'byte') {
    if (node.kind !== 'string')
      throw new Error(`${ctx.where}: ${memberName}: binary data should be a base64 string in JSON`);
    return { kind: 'text', text: node.value };
  }
  if (node.kind === 'array')
    return collectionValue(node, type?.kind === 'collection' ? type.of : null, parentNs, memberName, ctx);
  if (node.kind === 'object') {
    if (type?.kind === 'model') return modelObject(node, type, ctx);
    return objectValue(node, null, parentNs, ctx);
  }
  return { kind: 'text', text: primitiveText(node, type) };
}

/** The declared type of a Body/Resource part; a polymorphic part gets its variants' base. */
export function declaredType(
  part: TypedPart,
  json: JsonNode,
  registry: TypeRegistry,
): { type: TypeRef; registry: TypeRegistry; polymorphic?: Polymorphic } {
  if (part.type) {
    const el = elementType(part.type);
    if (el.kind !== 'model' || !part.rows || registry.has(el.modelName)) return { type: part.type, registry };
    const overlay = new Map(registry);
    overlay.set(el.modelName, { name: el.name, modelName: el.modelName, kind: 'complex', rows: part.rows });
    return { type: part.type, registry: overlay };
  }
  if (part.variants.length === 0) throw new Error('declaredType: part has no type');
  const first = part.variants[0]!.table;
  const name = commonBaseName(part.variants.map((v) => v.table.name));
  const prefix = modelPrefix(first.modelName);
  const modelName = prefix === null ? name : `${prefix}_${name}`;
  const rows: PropertyRow[] = [];
  for (const v of part.variants) for (const r of v.table.rows) if (!rows.some((x) => x.name === r.name)) rows.push(r);
  const overlay = new Map(registry);
  if (!overlay.has(modelName)) overlay.set(modelName, { name, modelName, kind: 'complex', rows });
  const model: TypeRef = { kind: 'model', name, modelName };
  const variants = part.variants.map((v): ModelInfo => ({ ...v.table, kind: 'complex' }));
  return {
    type: json.kind === 'array' ? { kind: 'collection', of: model } : model,
    registry: overlay,
    polymorphic: { baseModelName: modelName, variants },
  };
}

/** The XML root for a JSON sample of type `type`. */
export function xmlRootFor(
  json: JsonNode,
  type: TypeRef,
  registry: TypeRegistry,
  where: string,
  polymorphic?: Polymorphic,
): XmlRoot {
  const ctx: Ctx = polymorphic === undefined ? { registry, where } : { registry, where, polymorphic };
  if (type.kind === 'collection' && type.of.kind === 'simple' && type.of.name === 'byte') {
    if (json.kind !== 'string') throw new Error(`${where}: binary data should be a base64 string in JSON`);
    return rootForPrimitive('base64Binary', json.value);
  }
  if (type.kind === 'simple') return rootForPrimitive(xsdName(type, json), primitiveText(json, type));
  if (type.kind === 'collection') {
    if (json.kind !== 'array') throw new Error(`${where}: a collection type but the JSON sample is not an array`);
    return rootForCollection(
      collectionValue(json, type.of, ARRAYS_NS, type.of.kind === 'model' ? type.of.name : 'Item', ctx),
    );
  }
  const info = registry.get(type.modelName);
  if (json.kind === 'object') {
    return rootForObject(info?.name ?? type.name, modelObject(json, type, ctx));
  }
  if (json.kind === 'string')
    return {
      name: info?.name ?? type.name,
      namespace: nsOf(type.modelName),
      value: { kind: 'text', text: json.value },
    };
  throw new Error(`${where}: JSON sample of ${type.name} is a ${json.kind}`);
}

/** The XML sample text for a part's JSON sample text. */
export function xmlSampleFromJson(jsonText: string, part: TypedPart, registry: TypeRegistry, where: string): string {
  const json = parseJsonSample(jsonText, where);
  const { type, registry: reg, polymorphic } = declaredType(part, json, registry);
  return writeDataContractXml(xmlRootFor(json, type, reg, where, polymorphic));
}
