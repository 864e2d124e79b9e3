/**
 * Model descriptors: the data the runtime codecs and the request validator walk, one per model,
 * written beside the model (`NotificationDesc` in `models/user.ts`). Descriptors refer to each other
 * through thunks (`to: () => AddressDesc`), so cycles and modules that import each other load in any
 * order, and a bundler keeps only the descriptors an operation reaches. Properties are listed in
 * DataContract member order (the IR's `xmlOrder`), which is the order XML is written in.
 */
import { compareCodeUnits } from '../ir/order.js';
import type { ComplexType } from '../ir/schema.js';
import type { SchemaDesc } from '../templates/runtime/schema.js';
import { Code } from './literal.js';
import { type SdkPlan, type TypePlan } from './plan.js';
import { typeDesc, type DescData, type DescLinks, type TypeUses } from './type-map.js';

/** Property indexes in member order: those `xmlOrder` names first, in its order, then the rest ordinally by CLR name. */
export function memberOrder(def: ComplexType): number[] {
  const indexes = def.properties.map((_, i) => i);
  const rank = new Map(def.xmlOrder.map((name, i) => [name, i]));
  return indexes.sort((a, b) => {
    const ra = rank.get(def.properties[a]!.clrName) ?? Infinity;
    const rb = rank.get(def.properties[b]!.clrName) ?? Infinity;
    if (ra !== rb) return ra - rb;
    return compareCodeUnits(def.properties[a]!.clrName, def.properties[b]!.clrName) || a - b;
  });
}

function complexDesc(plan: TypePlan & { def: ComplexType }, sdk: SdkPlan, links: DescLinks): DescData {
  const properties = memberOrder(plan.def).map((i) => {
    const prop = plan.def.properties[i]!;
    const { minLength, maxLength, minimum, maximum, pattern } = prop.constraints;
    const name = plan.keys[i]!;
    // Defaults left out (the JSON name when it is the key, `required` when false): every byte of a
    // descriptor is in the bundle of each operation that reaches it.
    return {
      name,
      json: prop.jsonName === name ? undefined : prop.jsonName,
      xml: prop.xmlName,
      type: typeDesc(prop.type, sdk, links),
      required: prop.required ? true : undefined,
      minLength,
      maxLength,
      minimum,
      maximum,
      pattern,
    };
  });
  // JSON goes in the documentation's (declaration) order, as Json.NET writes it; XML in member order.
  const jsonOrder = plan.def.properties.map((_, i) => plan.keys[i]!);
  const sameOrder = jsonOrder.every((name, i) => properties[i]!.name === name);
  return {
    kind: 'complex',
    name: plan.name,
    xmlName: plan.def.xml.name,
    xmlNamespace: plan.def.xml.namespace,
    properties,
    jsonOrder: sameOrder ? undefined : jsonOrder,
  };
}

export function schemaDesc(plan: TypePlan, sdk: SdkPlan, links: DescLinks): DescData {
  if (plan.def.kind === 'complex') return complexDesc(plan as TypePlan & { def: ComplexType }, sdk, links);
  const seen = new Set<string>();
  const members = plan.def.members.map((m) => m.name).filter((name) => !seen.has(name) && seen.add(name));
  return {
    kind: 'enum',
    name: plan.name,
    xmlName: plan.def.xml.name,
    xmlNamespace: plan.def.xml.namespace,
    members,
  };
}

/** Links as source text, noting in `uses` the models whose descriptors the text names. */
export function codeLinks(uses: TypeUses): DescLinks {
  return {
    to: (t) => {
      uses.ids.add(t.def.id);
      return new Code(`() => ${t.desc}`);
    },
    of: (ts) => {
      for (const t of ts) uses.ids.add(t.def.id);
      return new Code(`() => [${ts.map((t) => t.desc).join(', ')}]`);
    },
  };
}

/** Every model's descriptor as live objects, by type id: what the emitted modules hold, for the bench. */
export function liveDescriptors(sdk: SdkPlan): ReadonlyMap<string, SchemaDesc> {
  const byId = new Map<string, SchemaDesc>();
  // The thunks look descriptors up when walked, by which time every one is in the map.
  const links = liveLinks(byId);
  for (const t of sdk.typeList) byId.set(t.def.id, schemaDesc(t, sdk, links) as unknown as SchemaDesc);
  return byId;
}

/** Descriptor data with the links live, for a type reference or a response (see `liveDescriptors`). */
export function liveLinks(descriptors: ReadonlyMap<string, SchemaDesc>): DescLinks {
  const get = (t: TypePlan): SchemaDesc => descriptors.get(t.def.id)!;
  return { to: (t) => () => get(t), of: (ts) => () => ts.map(get) };
}
