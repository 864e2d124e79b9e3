/**
 * `src/schemas.ts`: the registry of type descriptors the runtime codecs and the request validator
 * walk, one per model, keyed by the model's TypeScript name. Properties are listed in DataContract
 * member order (the IR's `xmlOrder`), which is the order XML is written in.
 */
import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';

import { compareCodeUnits } from '../ir/order.js';
import type { ComplexType } from '../ir/schema.js';
import type { ComplexDesc, EnumDesc, PropertyDesc, SchemaDesc } from '../templates/runtime/schema.js';
import { toLiteral } from './literal.js';
import { type SdkPlan, type TypePlan } from './plan.js';
import { typeDesc } from './type-map.js';

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

function complexDesc(plan: TypePlan & { def: ComplexType }, sdk: SdkPlan): ComplexDesc {
  const properties = memberOrder(plan.def).map((i): PropertyDesc => {
    const prop = plan.def.properties[i]!;
    const { minLength, maxLength, minimum, maximum, pattern } = prop.constraints;
    return {
      name: plan.keys[i]!,
      json: prop.jsonName,
      xml: prop.xmlName,
      type: typeDesc(prop.type, sdk),
      required: prop.required,
      minLength,
      maxLength,
      minimum,
      maximum,
      pattern,
    };
  });
  // JSON goes in the documentation's (declaration) order, as Json.NET writes it; XML in member order.
  const jsonOrder = plan.def.properties.map((_, i) => plan.keys[i]!);
  return {
    kind: 'complex',
    name: plan.name,
    xmlName: plan.def.xml.name,
    xmlNamespace: plan.def.xml.namespace,
    properties,
    jsonOrder,
  };
}

export function schemaDesc(plan: TypePlan, sdk: SdkPlan): SchemaDesc {
  if (plan.def.kind === 'complex') return complexDesc(plan as TypePlan & { def: ComplexType }, sdk);
  const seen = new Set<string>();
  const members = plan.def.members.map((m) => m.name).filter((name) => !seen.has(name) && seen.add(name));
  const desc: EnumDesc = {
    kind: 'enum',
    name: plan.name,
    xmlName: plan.def.xml.name,
    xmlNamespace: plan.def.xml.namespace,
    members,
  };
  return desc;
}

export function emitSchemas(sdk: SdkPlan): StatementStructures[] {
  const entries = sdk.typeList.map((t) => `${JSON.stringify(t.name)}: ${toLiteral(schemaDesc(t, sdk))},`);
  return [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './runtime/schema.js',
      isTypeOnly: true,
      namedImports: ['Schemas'],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      docs: [
        {
          description:
            'Type descriptors of every model, by TypeScript name: what the JSON and XML codecs and the validator walk.',
        },
      ],
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: 'schemas', type: 'Schemas', initializer: `{\n${entries.join('\n')}\n}` }],
    },
  ];
}
