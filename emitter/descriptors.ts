/**
 * Model descriptors: the data the runtime codecs and the request validator walk, one per model,
 * written beside the model (`NotificationDesc` in `models/user.ts`). Descriptors refer to each other
 * through thunks (`to: () => AddressDesc`), so cycles and modules that import each other load in any
 * order, and a bundler keeps only the descriptors an operation reaches. Properties are listed in
 * DataContract member order (the IR's `xmlOrder`), which is the order XML is written in.
 */
import { jsonNameUnder } from '../ir/dotnet.js';
import { compareCodeUnits } from '../ir/order.js';
import type { ComplexType, JsonNaming } from '../ir/schema.js';
import type { SchemaDesc } from '../templates/runtime/schema.js';
import { type SdkPlan, type TypePlan } from './plan.js';
import { arrayDoc, arrow, Code } from './printer.js';
import type { NamedImport } from './source.js';
import {
  RUNTIME_FUNCTIONS,
  typeDesc,
  type DescData,
  type DescLinks,
  type RuntimeFunction,
  type TypeUses,
} from './type-map.js';

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

function complexDesc(
  plan: TypePlan & { def: ComplexType },
  sdk: SdkPlan,
  links: DescLinks,
  naming: JsonNaming | undefined,
): DescData {
  const properties = memberOrder(plan.def).map((i) => {
    const prop = plan.def.properties[i]!;
    const { minLength, maxLength, minimum, maximum, pattern } = prop.constraints;
    const name = plan.keys[i]!;
    const json = jsonNameUnder(prop, naming);
    // Defaults left out (the JSON name when it is the key, `required` when false): every byte of a
    // descriptor is in the bundle of each operation that reaches it.
    return {
      name,
      json: json === name ? undefined : json,
      xml: prop.xmlName,
      type: typeDesc(prop.type, sdk, links, naming),
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

/** A model's descriptor; with a `naming`, its variant in that JSON casing (complex models only have one). */
export function schemaDesc(plan: TypePlan, sdk: SdkPlan, links: DescLinks, naming?: JsonNaming): DescData {
  if (plan.def.kind === 'complex') return complexDesc(plan as TypePlan & { def: ComplexType }, sdk, links, naming);
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

/** The descriptor constant a link names: the model's, or its variant in `naming` when it has one. */
export function descName(t: TypePlan, naming: JsonNaming | undefined): string {
  return (naming === undefined ? undefined : t.variants.get(naming)) ?? t.desc;
}

/** The model each descriptor constant (its own and its variants) describes, by constant name. */
export function descriptorOwners(sdk: SdkPlan): ReadonlyMap<string, TypePlan> {
  return new Map(sdk.typeList.flatMap((t) => [t.desc, ...t.variants.values()].map((name) => [name, t] as const)));
}

/** Links as source text, noting in `uses` the descriptor constants the text names. */
export function codeLinks(uses: TypeUses): DescLinks {
  const name = (t: TypePlan, naming: JsonNaming | undefined): string => {
    uses.ids.add(t.def.id);
    const desc = descName(t, naming);
    uses.descs.add(desc);
    return desc;
  };
  return {
    to: (t, naming) => new Code(arrow(name(t, naming), false)),
    of: (ts, naming) => new Code(arrow(arrayDoc(ts.map((t) => name(t, naming))), true)),
    runtime: (fn) => {
      uses.runtime.add(fn);
      return new Code(fn);
    },
  };
}

/** Imports of the runtime functions `uses` names, from their own modules (not the index: callers need not see them). */
export function runtimeImports(uses: TypeUses): NamedImport[] {
  return [...uses.runtime].map((fn) => ({
    module: `../runtime/${RUNTIME_FUNCTIONS[fn]}.js`,
    name: fn,
    typeOnly: false,
  }));
}

/** The runtime functions themselves, for live descriptors (the emitter does not load the runtime). */
export type LiveRuntime = Readonly<Record<RuntimeFunction, unknown>>;

/** Every descriptor as a live object, by constant name: what the emitted modules hold, for the bench. */
export function liveDescriptors(sdk: SdkPlan, runtime: LiveRuntime): ReadonlyMap<string, SchemaDesc> {
  const byName = new Map<string, SchemaDesc>();
  // The thunks look descriptors up when walked, by which time every one is in the map.
  const links = liveLinks(byName, runtime);
  for (const t of sdk.typeList) {
    byName.set(t.desc, schemaDesc(t, sdk, links) as unknown as SchemaDesc);
    for (const [naming, name] of t.variants)
      byName.set(name, schemaDesc(t, sdk, links, naming) as unknown as SchemaDesc);
  }
  return byName;
}

/** Descriptor data with the links live, for a type reference or a response (see `liveDescriptors`). */
export function liveLinks(descriptors: ReadonlyMap<string, SchemaDesc>, runtime: LiveRuntime): DescLinks {
  const get = (t: TypePlan, naming?: JsonNaming): SchemaDesc => descriptors.get(descName(t, naming))!;
  return {
    to: (t, naming) => () => get(t, naming),
    of: (ts, naming) => () => ts.map((t) => get(t, naming)),
    runtime: (fn) => runtime[fn],
  };
}
