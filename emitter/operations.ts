/**
 * `src/operations/<group>.ts`: per operation its `OperationSpec` constant (`userNotifySpec`: what the
 * runtime needs to make the call — method, path template, query keys and their wire names with the
 * query string builder where there are any, body and response descriptors) and its standalone function (`userNotify(core, customerId, body, options)`),
 * plus the query interfaces of the group. The help page's URL is in the function's JSDoc, not in the
 * spec (nothing reads it at run time). Each function names only its own spec and the descriptors
 * of the types it sends and reads, so a bundler keeps only what the caller's functions reach. Each
 * constant is declared with its type, so no declaration grows with the API (one literal holding every
 * operation made tsc give up, TS7056, on APIs with thousands of query keys).
 */
import { placeholders } from '../ir/path-template.js';
import type { Operation } from '../ir/schema.js';
import { codeLinks, descriptorOwners, runtimeImports } from './descriptors.js';
import { group, type Doc } from './doc.js';
import { docBlock, inlineText, memberParagraphs, memberTags, paramText } from './docs.js';
import { toLiteral } from './literal.js';
import { propertyKey } from './naming.js';
import { type GroupPlan, type OperationPlan, type PathParamPlan, type SdkPlan } from './plan.js';
import { arrayDoc, callArgs, objectDoc, typeArgs, type Param, type Statement } from './printer.js';
import { namedImports, type NamedImport } from './source.js';
import { isNumeric, newUses, responseDesc, responseTsType, tsType, typeDesc, type TypeUses } from './type-map.js';

/** The spec as plain data, fields in the order of the runtime's `OperationSpec`; linked models noted in `uses`. */
export function operationSpec(plan: OperationPlan, sdk: SdkPlan, uses: TypeUses): Record<string, unknown> {
  const { op } = plan;
  const links = codeLinks(uses);
  return {
    id: op.id,
    method: op.method,
    path: op.path,
    pathParams: placeholders(op.path),
    query: plan.query.map((q) => ({
      name: q.key,
      wire: q.wire,
      type: typeDesc(q.param.type, sdk, links),
      required: q.param.required,
      ...(q.param.indexed ? { indexed: true } : {}),
    })),
    // Only where there are query parameters: the query code then stays out of the others' bundles.
    encodeQuery: plan.query.length > 0 ? links.runtime('buildQuery') : undefined,
    body: op.body === null ? null : typeDesc(op.body.type, sdk, links, op.jsonNaming),
    response: responseDesc(op, sdk, links),
  };
}

/** Path values are written into the URL: numbers and booleans as such, an enum as its union, else string. */
function pathParamType(p: PathParamPlan, sdk: SdkPlan, uses: TypeUses): string {
  const type = p.param?.type;
  if (type?.kind === 'simple') {
    if (isNumeric(type.name)) return 'number';
    if (type.name === 'boolean') return 'boolean';
  }
  if (type?.kind === 'ref' && sdk.types.get(type.id)?.def.kind === 'enum') return tsType(type, sdk, uses);
  return 'string';
}

function httpLine(op: Operation): string {
  return `\`${op.method} ${op.path}\``;
}

/** What the function and the client method share: parameters after `core`, docs, the resolved type, the call. */
export interface CallShape {
  readonly params: Param[];
  readonly docs: ReturnType<typeof docBlock>;
  readonly response: string;
  /** The arguments after `core` as the function takes them, in order. */
  readonly args: string[];
}

/** The call's signature and docs; the types it names are noted in `uses`. */
export function callShape(plan: OperationPlan, sdk: SdkPlan, uses: TypeUses): CallShape {
  const { op } = plan;
  const own = newUses();
  const params: Param[] = [];
  const tags: { tagName: string; text: string }[] = [];
  for (const p of plan.pathParams) {
    params.push({ name: p.ident, type: pathParamType(p, sdk, own) });
    const doc = p.param === null ? ['Not documented on the help page.'] : memberParagraphs(p.param);
    tags.push({ tagName: 'param', text: paramText(p.ident, doc) });
  }
  if (op.body !== null) {
    params.push({ name: 'body', type: tsType(op.body.type, sdk, own) });
    tags.push({ tagName: 'param', text: paramText('body', [op.body.description || 'The request body.']) });
  }
  if (plan.queryType !== null) {
    const required = plan.query.some((q) => q.param.required);
    params.push({ name: 'query', type: plan.queryType, optional: !required });
    tags.push({ tagName: 'param', text: paramText('query', [`Query parameters: see {@link ${plan.queryType}}.`]) });
  }
  params.push({ name: 'options', type: 'RequestOptions', optional: true });
  tags.push({ tagName: 'param', text: paramText('options', ['Per-call abort signal, timeout and headers.']) });
  const response = responseTsType(op, sdk, own);
  // The stock help page repeats the summary as the response description: say it once.
  const returns = op.response.description;
  if (returns !== '' && returns !== op.summary) tags.push({ tagName: 'returns', text: inlineText([returns]) });
  if (op.sourceUrl !== '') tags.push({ tagName: 'see', text: op.sourceUrl });
  own.ids.forEach((id) => uses.ids.add(id));
  return {
    params,
    docs: docBlock([op.summary, op.description, httpLine(op), ...own.notes], tags),
    response,
    args: params.map((p) => p.name),
  };
}

function operationFunction(plan: OperationPlan, shape: CallShape): Statement {
  const args: Doc[] = [['path: ', arrayDoc(plan.pathParams.map((p) => p.ident))]];
  if (plan.queryType !== null) args.push('query');
  if (plan.op.body !== null) args.push('body');
  return {
    kind: 'function',
    name: plan.fn,
    docs: shape.docs,
    params: [{ name: 'core', type: 'HttpCore' }, ...shape.params],
    returnType: `Promise<${shape.response}>`,
    body: [
      [
        'return core.call',
        typeArgs(shape.response),
        callArgs([plan.specName, objectDoc(args.map((a) => group(a))), 'options']),
        ';',
      ],
    ],
  };
}

function queryInterface(plan: OperationPlan, sdk: SdkPlan, uses: TypeUses): Statement {
  return {
    kind: 'interface',
    name: plan.queryType!,
    docs: docBlock([`Query parameters of {@link ${plan.fn}}; keys are camelCase, sent as the wire keys noted.`]),
    properties: plan.query.map(({ key, wire, param }) => {
      const own = newUses();
      const type = tsType(param.type, sdk, own);
      own.ids.forEach((id) => uses.ids.add(id));
      const from = param.boundFrom
        ? ` From \`${param.boundFrom.parameter}\` (model \`${param.boundFrom.typeId}\`).`
        : '';
      return {
        name: propertyKey(key),
        type,
        optional: !param.required,
        docs: docBlock([...memberParagraphs(param), `Query key \`${wire}\`.${from}`, ...own.notes], memberTags(param)),
      };
    }),
  };
}

/** `src/operations/<file>.ts` of one group. */
export function emitOperations(group: GroupPlan, sdk: SdkPlan): Statement[] {
  const types = newUses();
  const linked = newUses();
  const body: Statement[] = group.operations.flatMap((plan): Statement[] => [
    {
      kind: 'const',
      docs: [
        {
          description: `\`${plan.op.method} ${plan.op.path}\` (${plan.op.id}): what {@link ${plan.fn}} sends.`,
          tags: [],
        },
      ],
      name: plan.specName,
      type: 'OperationSpec',
      initializer: toLiteral(operationSpec(plan, sdk, linked)),
    },
    operationFunction(plan, callShape(plan, sdk, types)),
  ]);
  const queries = group.operations.filter((op) => op.queryType !== null).map((op) => queryInterface(op, sdk, types));
  const model = (id: string): { file: string; name: string } => sdk.types.get(id)!;
  const owners = descriptorOwners(sdk);
  const imports: NamedImport[] = [
    { module: '../runtime/index.js', name: 'HttpCore', typeOnly: true },
    { module: '../runtime/index.js', name: 'OperationSpec', typeOnly: true },
    { module: '../runtime/index.js', name: 'RequestOptions', typeOnly: true },
    ...runtimeImports(linked),
    ...[...types.ids].map((id) => ({ module: `../models/${model(id).file}.js`, name: model(id).name, typeOnly: true })),
    ...[...linked.descs].map((name) => ({
      module: `../models/${owners.get(name)!.file}.js`,
      name,
      typeOnly: false,
    })),
  ];
  return [...namedImports(imports), ...body, ...queries];
}
