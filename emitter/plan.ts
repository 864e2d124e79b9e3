/**
 * The naming pass: decides every generated name (models, their files, group classes, client
 * properties, methods, parameters, query interfaces) once, before any code is written, so the
 * emitting passes only look names up. The rules are in `naming.ts`; this applies them to the IR in
 * a fixed order (types by id, groups by id, operations by id).
 */
import { modelPrefix } from '../ir/model-id.js';
import { compareCodeUnits } from '../ir/order.js';
import { placeholders } from '../ir/path-template.js';
import {
  JsonNaming,
  type ApiIR,
  type Group,
  type Operation,
  type Parameter,
  type TypeDef,
  type XmlInfo,
} from '../ir/schema.js';
import { isVitecSite } from '../ir/site.js';
import { modelsWrittenIn } from '../ir/type-ref.js';
import {
  camelCase,
  isReserved,
  isReservedMember,
  moduleFileName,
  pascalCase,
  shadowsAmbientGlobal,
  uniqueName,
  upperFirst,
  words,
} from './naming.js';
import { runtimeExports } from './runtime-exports.js';
import { VITEC_CLIENT_NAME } from './sdk-names.js';

export interface TypePlan {
  readonly def: TypeDef;
  /** The TypeScript name, unique among everything the SDK exports. */
  readonly name: string;
  /** Module stem under `src/models/`: `moduleFileName` of the id's namespace prefix. */
  readonly file: string;
  /** TypeScript keys of a complex type's properties, parallel to `def.properties`: the JSON wire names, de-duplicated. */
  readonly keys: readonly string[];
  /** A second exported name when `name` is a global of browsers or Node.js (`Notification` -> `NotificationModel`). */
  readonly alias: string | null;
  /** Its descriptor constant, beside it in the same module (`NotificationDesc`). */
  readonly desc: string;
  /**
   * Descriptors of the model as operations with their own JSON casing write it (`Operation.jsonNaming`),
   * by casing (`TopicCamelCaseDesc`): the same model, other JSON names.
   */
  readonly variants: ReadonlyMap<JsonNaming, string>;
}

export interface PathParamPlan {
  /** The placeholder in the path. */
  readonly wire: string;
  /** The method's parameter name. */
  readonly ident: string;
  /** Null when the page does not document the placeholder. */
  readonly param: Parameter | null;
}

export interface QueryParamPlan {
  readonly wire: string;
  /** Key in the generated query interface: camelCase of the wire key. */
  readonly key: string;
  readonly param: Parameter;
}

export interface OperationPlan {
  readonly op: Operation;
  readonly method: string;
  readonly pathParams: readonly PathParamPlan[];
  readonly query: readonly QueryParamPlan[];
  /** Name of the generated query interface; null when the operation takes no query keys. */
  readonly queryType: string | null;
  /** Its standalone function in `src/operations/<group>.ts`: the group property and the method (`userNotify`). */
  readonly fn: string;
  /** Its `OperationSpec` constant, beside the function (`userNotifySpec`). */
  readonly specName: string;
}

export interface GroupPlan {
  readonly group: Group;
  /** Property on the client class. */
  readonly property: string;
  readonly className: string;
  /** Module stem under `src/client/` and `src/operations/`: `moduleFileName` of the group id. */
  readonly file: string;
  readonly operations: readonly OperationPlan[];
}

export interface SdkPlan {
  readonly ir: ApiIR;
  /** The client class (`VitecClient` for the Vitec site, see `sdk-names.ts`). */
  readonly clientName: string;
  /** What the API is called in documentation: `Vitec Connect API`, else the help site's title. */
  readonly apiTitle: string;
  /** By type id. */
  readonly types: ReadonlyMap<string, TypePlan>;
  /** In id order. */
  readonly typeList: readonly TypePlan[];
  /** XML facts of the models the pages link to but no page defines, by id. */
  readonly unresolved: ReadonlyMap<string, XmlInfo>;
  /** In group id order. */
  readonly groups: readonly GroupPlan[];
}

/** The function that makes the `HttpCore` the operation functions take (`src/core.ts`). */
export const CREATE_CORE = 'createCore';
/** The XML codec the `/xml` entry exports. */
export const XML_CODEC = 'xmlCodec';

/**
 * Names the SDK's entries export besides models, taken before any model is named: the client, the
 * core factory, the XML codec, and every public name of the runtime (so a model never shadows one).
 */
function fixedExports(clientName: string): string[] {
  const runtime = runtimeExports();
  return [clientName, CREATE_CORE, XML_CODEC, ...runtime.values, ...runtime.types];
}

function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareCodeUnits(a.id, b.id));
}

/** The id made an identifier with its `_` separators kept: `Search_CrmContactSearchMatch` stays as it is. */
function qualifiedTypeName(id: string): string {
  const parts = id.split('_').map((part) => words(part).map(upperFirst).join(''));
  const name = parts.filter((part) => part.length > 0).join('_');
  return name === '' ? '_' : /^[0-9]/.test(name) ? `_${name}` : name;
}

/**
 * Model names. In id order, each type takes its short name (the page title, PascalCased) if it is
 * still free; otherwise — a same-named type in another namespace came first, or the name is
 * reserved — it takes its prefix-qualified id (`Search_CrmContactSearchMatch`), then a number.
 */
function planTypes(ir: ApiIR, exported: Set<string>): TypePlan[] {
  const types = ir.types;
  const files = new Map<string, string>();
  const fileTaken = new Set<string>(['index']);
  const plans = byId(types).map((def) => {
    const short = pascalCase(def.name || def.id);
    const free = !exported.has(short) && !isReserved(short);
    const name = free ? uniqueName(short, exported) : uniqueName(qualifiedTypeName(def.id), exported);
    // One file per namespace prefix, named by the rule client files use; prefixes that differ only
    // in case share the file of the first in id order.
    const prefix = modelPrefix(def.id) ?? 'common';
    let file = files.get(prefix.toLowerCase());
    if (file === undefined) {
      file = uniqueName(moduleFileName(prefix), fileTaken, { caseInsensitive: true, reserved: () => false });
      files.set(prefix.toLowerCase(), file);
    }
    const keyTaken = new Set<string>();
    const keys =
      def.kind === 'complex'
        ? def.properties.map((p) => uniqueName(p.jsonName, keyTaken, { reserved: () => false }))
        : [];
    return { def, name, file, keys };
  });
  // After every model has its name, so that an alias or a descriptor never takes a name a model would have had.
  const aliased = plans.map((p) => ({
    ...p,
    alias: shadowsAmbientGlobal(p.name) ? uniqueName(`${p.name}Model`, exported) : null,
  }));
  const described = aliased.map((p) => ({ ...p, desc: uniqueName(`${p.name}Desc`, exported) }));
  const written = JsonNaming.options.map((naming) => [naming, modelsWrittenIn(ir, naming)] as const);
  return described.map((p) => ({
    ...p,
    variants: new Map(
      written
        .filter(([, ids]) => ids.has(p.def.id))
        .map(([naming]) => [naming, uniqueName(`${p.name}${upperFirst(naming)}CaseDesc`, exported)] as const),
    ),
  }));
}

const VERBS: Record<Operation['method'], string> = {
  GET: 'get',
  POST: 'create',
  PUT: 'update',
  DELETE: 'delete',
  PATCH: 'patch',
  HEAD: 'head',
  OPTIONS: 'options',
};

/**
 * The literal path segments that name the method: placeholders out, and leading segments dropped
 * while they spell the start of the group id (`User/Notify` in group `User` -> `Notify`;
 * `CRM/Contact/…` in group `CRM-Contact` -> what follows).
 */
export function methodWords(path: string, groupId: string): string[] {
  const literal = path
    .split('?')[0]!
    .split('/')
    .map((segment) => segment.replace(/\{[^}]*\}/g, ' '))
    .filter((segment) => words(segment).length > 0);
  const group = words(groupId).join('').toLowerCase();
  let spelled = '';
  let drop = 0;
  for (const segment of literal) {
    spelled += words(segment).join('').toLowerCase();
    if (!group.startsWith(spelled)) break;
    drop += 1;
  }
  return literal.slice(drop).flatMap(words);
}

/** PUT and DELETE change state, which their paths seldom say: their names lead with the verb from the start. */
const VERB_FIRST = new Set<Operation['method']>(['PUT', 'DELETE']);

function startLevel(op: Operation, groupId: string): number {
  if (!VERB_FIRST.has(op.method)) return 0;
  const first = methodWords(op.path, groupId)[0]?.toLowerCase();
  return first === VERBS[op.method] || first === 'remove' ? 0 : 1;
}

/**
 * Method names within one group. Each operation starts at its path name (level 0), PUT and DELETE
 * at the verb level (see `startLevel`); names that are empty, reserved or shared move up a level —
 * the verb in front (level 1), then `By` and the path parameter names (level 2), then `With` and
 * the query keys (level 3, which tells overloads of one method and path apart:
 * `getTopicsV1WithCourseId`, `getTopicsV1WithCourseIdAndFromId`) — where only the members at the
 * highest level of a clash move, so a name that was fine stays. What still clashes gets 2, 3, … in (level, id) order.
 */
function planMethodNames(ops: readonly Operation[], groupId: string): Map<string, string> {
  const render = (op: Operation, level: number): string => {
    const base = methodWords(op.path, groupId);
    if (level === 0) return base.length === 0 ? '' : camelCase(base.join(' '));
    const verb = [VERBS[op.method], ...base];
    const params = placeholders(op.path);
    const byParams =
      params.length === 0 ? [] : ['By', ...params.flatMap((p, i) => (i === 0 ? words(p) : ['And', ...words(p)]))];
    if (level === 1 || (level === 2 && params.length === 0)) return camelCase(verb.join(' '));
    if (level === 2) return camelCase([...verb, ...byParams].join(' '));
    // Overloads share method and path: their query keys tell them apart.
    const keys = op.parameters.filter((p) => p.in === 'query').map((p) => p.name);
    const withKeys =
      keys.length === 0 ? [] : ['With', ...keys.flatMap((k, i) => (i === 0 ? words(k) : ['And', ...words(k)]))];
    return camelCase([...verb, ...byParams, ...withKeys].join(' '));
  };
  const levels = ops.map((op) => startLevel(op, groupId));
  for (let changed = true; changed;) {
    changed = false;
    const clashes = new Map<string, number[]>();
    ops.forEach((op, i) => {
      const name = render(op, levels[i]!);
      clashes.set(name, [...(clashes.get(name) ?? []), i]);
    });
    for (const [name, members] of clashes) {
      if (members.length === 1 && name !== '' && !isReservedMember(name)) continue;
      const top = Math.max(...members.map((i) => levels[i]!));
      if (top >= 3) continue;
      for (const i of members) {
        if (levels[i] === top) {
          levels[i] = top + 1;
          changed = true;
        }
      }
    }
  }
  const order = ops
    .map((_, i) => i)
    .sort((a, b) => levels[a]! - levels[b]! || compareCodeUnits(ops[a]!.id, ops[b]!.id));
  const taken = new Set<string>();
  const names = new Map<string, string>();
  for (const i of order) {
    names.set(ops[i]!.id, uniqueName(render(ops[i]!, levels[i]!), taken, { reserved: isReservedMember }));
  }
  return names;
}

/** Names the function's and method's own parameters must not take. */
const METHOD_LOCALS = new Set(['core', 'body', 'query', 'options']);

function planOperation(
  op: Operation,
  method: string,
  queryType: string | null,
  names: { fn: string; specName: string },
): OperationPlan {
  const locals = new Set<string>();
  // A parameter must not shadow the function or the spec the bodies name.
  const reserved = (n: string): boolean =>
    isReserved(n) || METHOD_LOCALS.has(n) || n === names.fn || n === names.specName;
  const pathParams = placeholders(op.path).map((wire) => {
    const param =
      op.parameters.find((p) => p.in === 'path' && p.name === wire) ??
      op.parameters.find((p) => p.in === 'path' && p.name.toLowerCase() === wire.toLowerCase()) ??
      null;
    return { wire, ident: uniqueName(camelCase(wire), locals, { reserved }), param };
  });
  const keys = new Set<string>();
  const query = op.parameters
    .filter((p) => p.in === 'query')
    .map((param) => ({
      wire: param.name,
      key: uniqueName(camelCase(param.name), keys, { reserved: () => false }),
      param,
    }));
  return { op, method, pathParams, query, queryType: query.length > 0 ? queryType : null, ...names };
}

/** Groups by id; an operation whose group is not listed gets a group of its own id. */
function allGroups(ir: ApiIR): Group[] {
  const groups = new Map(ir.groups.map((g) => [g.id, g]));
  for (const op of ir.operations) {
    if (!groups.has(op.group)) {
      groups.set(op.group, { id: op.group, name: op.group, description: '', sourceUrl: '', operationIds: [] });
    }
  }
  return byId([...groups.values()]);
}

export function planSdk(ir: ApiIR, clientName: string = VITEC_CLIENT_NAME): SdkPlan {
  const apiTitle = isVitecSite(ir) ? 'Vitec Connect API' : (ir.source.title ?? `API of ${ir.source.helpRoot}`);
  const exported = new Set<string>(fixedExports(clientName));
  const typeList = planTypes(ir, exported);
  // `core` is the client's own property (the `HttpCore` its groups share).
  const properties = new Set<string>(['core']);
  const files = new Set<string>();
  const groups = allGroups(ir).map((group) => {
    const ops = byId(ir.operations.filter((op) => op.group === group.id));
    const property = uniqueName(camelCase(group.id), properties, { reserved: isReservedMember });
    const className = uniqueName(`${upperFirst(camelCase(group.id))}Api`, exported);
    const file = uniqueName(moduleFileName(group.id), files, { caseInsensitive: true, reserved: () => false });
    const methods = planMethodNames(ops, group.id);
    return { group, property, className, file, ops, methods };
  });
  // Functions, specs and query interfaces are exported names too, named after the models and group
  // classes, so a model never loses its name to one of them.
  const planned: GroupPlan[] = groups.map(({ group, property, className, file, ops, methods }) => ({
    group,
    property,
    className,
    file,
    operations: ops.map((op) => {
      const method = methods.get(op.id)!;
      const fn = uniqueName(`${property}${upperFirst(method)}`, exported);
      const hasQuery = op.parameters.some((p) => p.in === 'query');
      const queryType = hasQuery
        ? uniqueName(`${upperFirst(camelCase(group.id))}${upperFirst(method)}Query`, exported)
        : null;
      return planOperation(op, method, queryType, { fn, specName: uniqueName(`${fn}Spec`, exported) });
    }),
  }));
  return {
    ir,
    clientName,
    apiTitle,
    types: new Map(typeList.map((t) => [t.def.id, t])),
    typeList,
    unresolved: new Map(ir.unresolvedModels.map((m) => [m.id, m.xml])),
    groups: planned,
  };
}
