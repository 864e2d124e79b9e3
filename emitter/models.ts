/**
 * Model files: `src/models/<namespace>.ts` with one interface per complex type and, per enum, a
 * string-literal union plus a const object of its members, each followed by its descriptor
 * (`NotificationDesc`, see `descriptors.ts`); `src/models/index.ts` re-exports them.
 * Conventions (shared with the runtime codecs): key = JSON wire name; required -> `key: T`,
 * otherwise `key?: T | null` because the API sends nulls.
 */
import { compareCodeUnits } from '../ir/order.js';
import type { ComplexType, EnumType, JsonNaming } from '../ir/schema.js';
import { codeLinks, descriptorOwners, runtimeImports, schemaDesc } from './descriptors.js';
import { hardline } from './doc.js';
import { commentText, docBlock, memberParagraphs, memberTags } from './docs.js';
import { toLiteral } from './literal.js';
import { literalKey, propertyKey } from './naming.js';
import { type SdkPlan, type TypePlan } from './plan.js';
import { keyDoc, objectDoc, str, type Statement } from './printer.js';
import { namedImports, type NamedImport } from './source.js';
import { newUses, tsType, type TypeUses } from './type-map.js';

function typeDocs(plan: TypePlan): ReturnType<typeof docBlock> {
  // Its own model page, else the first page that inlines it.
  const page = plan.def.pageUrl ?? plan.def.sources[0];
  return docBlock([plan.def.description], page === undefined ? [] : [{ tagName: 'see', text: page }]);
}

function complexModel(plan: TypePlan & { def: ComplexType }, sdk: SdkPlan, uses: TypeUses): Statement {
  return {
    kind: 'interface',
    name: plan.name,
    docs: typeDocs(plan),
    properties: plan.def.properties.map((prop, i) => {
      const own = newUses();
      // A polymorphic result's tag is its one value, so a union of the alternatives narrows on it.
      const type = prop.discriminator === undefined ? tsType(prop.type, sdk, own) : JSON.stringify(prop.discriminator);
      own.ids.forEach((id) => uses.ids.add(id));
      return {
        name: propertyKey(plan.keys[i]!),
        type: prop.required ? type : `${type} | null`,
        optional: !prop.required,
        docs: docBlock([...memberParagraphs(prop), ...own.notes], memberTags(prop)),
      };
    }),
  };
}

function enumModel(plan: TypePlan & { def: EnumType }): Statement[] {
  const seen = new Set<string>();
  const members = plan.def.members.filter((m) => !seen.has(m.name) && seen.add(m.name));
  const union = members.length === 0 ? 'never' : members.map((m) => JSON.stringify(m.name)).join(' | ');
  const entries = members.map((m) => {
    const doc = commentText([m.description, m.value === null ? '' : `Numeric value: ${m.value}.`]);
    const comment = doc === '' ? [] : doc.split('\n').flatMap((l) => [l, hardline]);
    return [...comment, `${keyDoc(literalKey(m.name))}: ${str(m.name)}`];
  });
  return [
    { kind: 'type', name: plan.name, type: union, docs: typeDocs(plan) },
    {
      kind: 'const',
      docs: docBlock([`The members of {@link ${plan.name}}, by name.`]),
      name: plan.name,
      initializer: [objectDoc(entries, true), ' as const'],
    },
  ];
}

/** The model's second name, for callers who would otherwise shadow the global of its first (`Notification`). */
function aliasOf(plan: TypePlan): Statement[] {
  if (plan.alias === null) return [];
  const docs = docBlock([`{@link ${plan.name}} under a name that does not shadow the global \`${plan.name}\`.`]);
  const type: Statement = { kind: 'type', name: plan.alias, type: plan.name, docs };
  if (plan.def.kind === 'complex') return [type];
  return [type, { kind: 'const', docs, name: plan.alias, initializer: plan.name }];
}

/** The descriptor constants of a model (its own, then its JSON-casing variants); the descriptors they link to are noted in `uses`. */
function descriptors(plan: TypePlan, sdk: SdkPlan, uses: TypeUses): Statement[] {
  const constant = (name: string, doc: string, naming?: JsonNaming): Statement => ({
    kind: 'const',
    docs: docBlock([doc]),
    name,
    type: plan.def.kind === 'complex' ? 'ComplexDesc' : 'EnumDesc',
    initializer: toLiteral(schemaDesc(plan, sdk, codeLinks(uses), naming)),
  });
  return [
    constant(plan.desc, `Descriptor of {@link ${plan.name}}: what the JSON and XML codecs and the validator walk.`),
    ...[...plan.variants].map(([naming, name]) =>
      constant(
        name,
        `{@link ${plan.name}} as the operations that write JSON in ${naming === 'camel' ? 'camelCase' : 'PascalCase'} send and read it.`,
        naming,
      ),
    ),
  ];
}

/** `src/models/<file>.ts` for each namespace, and the index, as statements by path. */
export function emitModels(sdk: SdkPlan): Map<string, Statement[]> {
  const owners = descriptorOwners(sdk);
  const byFile = new Map<string, TypePlan[]>();
  for (const t of sdk.typeList) byFile.set(t.file, [...(byFile.get(t.file) ?? []), t]);
  const files = new Map<string, Statement[]>();
  for (const [file, types] of [...byFile].sort(([a], [b]) => compareCodeUnits(a, b))) {
    const uses = newUses();
    const linked = newUses();
    const body = types.flatMap((t): Statement[] => [
      ...(t.def.kind === 'complex'
        ? [complexModel(t as TypePlan & { def: ComplexType }, sdk, uses)]
        : enumModel(t as TypePlan & { def: EnumType })),
      ...aliasOf(t),
      ...descriptors(t, sdk, linked),
    ]);
    const foreign = (ids: Set<string>): TypePlan[] =>
      [...ids].map((id) => sdk.types.get(id)!).filter((t) => t.file !== file);
    const imports: NamedImport[] = [
      ...foreign(uses.ids).map((t) => ({ module: `./${t.file}.js`, name: t.name, typeOnly: true })),
      ...[...linked.descs].flatMap((name) => {
        const owner = owners.get(name)!;
        return owner.file === file ? [] : [{ module: `./${owner.file}.js`, name, typeOnly: false }];
      }),
      ...[...new Set(types.map((t) => (t.def.kind === 'complex' ? 'ComplexDesc' : 'EnumDesc')))].map((name) => ({
        module: '../runtime/schema.js',
        name,
        typeOnly: true,
      })),
      ...runtimeImports(linked),
    ];
    files.set(`src/models/${file}.ts`, [...namedImports(imports), ...body]);
  }
  const reexports = [...byFile.keys()]
    .sort(compareCodeUnits)
    .map((file): Statement => ({ kind: 'export', module: `./${file}.js` }));
  files.set('src/models/index.ts', reexports.length > 0 ? reexports : [{ kind: 'export', names: [] }]);
  return files;
}
