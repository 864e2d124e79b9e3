/**
 * The client: `src/client/<group>.ts` holds one class per IR group (a method per operation, and
 * the query interfaces of those methods); `src/client.ts` holds the client class (`VitecClient` for the Vitec site), which builds one
 * `HttpCore` and exposes each group class as a camelCase property; `src/index.ts` exports it all.
 * Method signature: path parameters in path order, then `body`, then `query`, then `options`.
 */
import {
  StructureKind,
  type ClassDeclarationStructure,
  type InterfaceDeclarationStructure,
  type MethodDeclarationStructure,
  type OptionalKind,
  type ParameterDeclarationStructure,
  type StatementStructures,
} from 'ts-morph';

import { compareCodeUnits } from '../ir/order.js';
import type { Operation } from '../ir/schema.js';
import { docBlock, inlineText, memberParagraphs, memberTags, paramText } from './docs.js';
import { propertyKey } from './naming.js';
import { type GroupPlan, type OperationPlan, type PathParamPlan, type SdkPlan } from './plan.js';
import { runtimeExports } from './runtime-exports.js';
import { namedImports, type NamedImport } from './source.js';
import { isNumeric, newUses, responseTsType, tsType, type TypeUses } from './type-map.js';

export interface ClientDefaults {
  readonly baseUrl: string;
  readonly userAgent: string;
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

function queryInterface(
  plan: OperationPlan,
  className: string,
  sdk: SdkPlan,
  uses: TypeUses,
): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    name: plan.queryType!,
    isExported: true,
    docs: docBlock([
      `Query parameters of {@link ${className}.${plan.method}}; keys are camelCase, sent as the wire keys noted.`,
    ]),
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
        hasQuestionToken: !param.required,
        docs: docBlock([...memberParagraphs(param), `Query key \`${wire}\`.${from}`, ...own.notes], memberTags(param)),
      };
    }),
  };
}

function httpLine(op: Operation): string {
  return `\`${op.method} ${op.path}\``;
}

function method(plan: OperationPlan, sdk: SdkPlan, uses: TypeUses): OptionalKind<MethodDeclarationStructure> {
  const { op } = plan;
  const own = newUses();
  const params: OptionalKind<ParameterDeclarationStructure>[] = [];
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
    params.push({ name: 'query', type: plan.queryType, hasQuestionToken: !required });
    tags.push({ tagName: 'param', text: paramText('query', [`Query parameters: see {@link ${plan.queryType}}.`]) });
  }
  params.push({ name: 'options', type: 'RequestOptions', hasQuestionToken: true });
  tags.push({ tagName: 'param', text: paramText('options', ['Per-call abort signal and timeout.']) });
  const response = responseTsType(op, sdk, own);
  // The stock help page repeats the summary as the response description: say it once.
  const returns = op.response.description;
  if (returns !== '' && returns !== op.summary) tags.push({ tagName: 'returns', text: inlineText([returns]) });
  if (op.sourceUrl !== '') tags.push({ tagName: 'see', text: op.sourceUrl });
  own.ids.forEach((id) => uses.ids.add(id));

  const args = [`path: [${plan.pathParams.map((p) => p.ident).join(', ')}]`];
  if (plan.queryType !== null) args.push('query');
  if (op.body !== null) args.push('body');
  return {
    name: plan.method,
    docs: docBlock([op.summary, op.description, httpLine(op), ...own.notes], tags),
    parameters: params,
    returnType: `Promise<${response}>`,
    statements: [`return this.#core.call<${response}>(${plan.specName}, { ${args.join(', ')} }, options);`],
  };
}

function groupDocs(group: GroupPlan): ReturnType<typeof docBlock> {
  const { name, description, sourceUrl } = group.group;
  return docBlock([name, description], sourceUrl === '' ? [] : [{ tagName: 'see', text: sourceUrl }]);
}

/** `src/client/<file>.ts`: the group class and its query interfaces. */
export function emitGroup(group: GroupPlan, sdk: SdkPlan): StatementStructures[] {
  const uses = newUses();
  const cls: ClassDeclarationStructure = {
    kind: StructureKind.Class,
    name: group.className,
    isExported: true,
    docs: groupDocs(group),
    properties: [{ name: '#core', type: 'HttpCore', isReadonly: true }],
    ctors: [
      {
        docs: docBlock([
          `Made by \`${sdk.clientName}\`: use \`client.${group.property}\` rather than constructing one.`,
        ]),
        parameters: [{ name: 'core', type: 'HttpCore' }],
        statements: ['this.#core = core;'],
      },
    ],
    methods: group.operations.map((op) => method(op, sdk, uses)),
  };
  const queries = group.operations
    .filter((op) => op.queryType !== null)
    .map((op) => queryInterface(op, group.className, sdk, uses));
  const imports: NamedImport[] = [
    { module: '../runtime/index.js', name: 'HttpCore', typeOnly: true },
    { module: '../runtime/index.js', name: 'RequestOptions', typeOnly: true },
    ...group.operations.map((op) => ({ module: '../operations.js', name: op.specName, typeOnly: false })),
    ...[...uses.ids].map((id) => ({ module: '../models/index.js', name: sdk.types.get(id)!.name, typeOnly: true })),
  ];
  return [...namedImports(imports), cls, ...queries];
}

/** `src/client.ts`: the client class (`VitecClient` for the Vitec site). */
export function emitClient(sdk: SdkPlan, defaults: ClientDefaults): StatementStructures[] {
  const imports: NamedImport[] = [
    { module: './runtime/index.js', name: 'HttpCore', typeOnly: false },
    { module: './runtime/index.js', name: 'ClientOptions', typeOnly: true },
    { module: './schemas.js', name: 'schemas', typeOnly: false },
    ...sdk.groups.map((g) => ({ module: `./client/${g.file}.js`, name: g.className, typeOnly: false })),
  ];
  const example = sdk.groups[0]?.property ?? 'user';
  const cls: ClassDeclarationStructure = {
    kind: StructureKind.Class,
    name: sdk.clientName,
    isExported: true,
    docs: docBlock([
      `The ${sdk.apiTitle}. One property per group of the help pages, one method per operation.`,
      `\`\`\`ts\nconst client = new ${sdk.clientName}({ username, password });\nawait client.${example}.…\n\`\`\``,
    ]),
    properties: sdk.groups.map((g) => ({ name: g.property, type: g.className, isReadonly: true, docs: groupDocs(g) })),
    ctors: [
      {
        docs: docBlock([`Requests go to \`${defaults.baseUrl}\` unless \`options.baseUrl\` says otherwise.`]),
        parameters: [{ name: 'options', type: 'ClientOptions' }],
        statements: [
          `const core = new HttpCore(options, schemas, { baseUrl: ${JSON.stringify(defaults.baseUrl)}, userAgent: ${JSON.stringify(defaults.userAgent)} });`,
          ...sdk.groups.map((g) => `this.${g.property} = new ${g.className}(core);`),
        ],
      },
    ],
  };
  return [...namedImports(imports), cls];
}

/** The runtime types a caller writes; the runtime must export each (checked when the index is emitted). */
const CALLER_TYPES = ['ClientOptions', 'RequestOptions', 'ValidationMessage'];

/** The runtime names the SDK exports: its errors, untyped XML content, and the option types a caller writes. */
function sdkRuntimeNames(): { values: string[]; types: string[] } {
  const runtime = runtimeExports();
  const missing = CALLER_TYPES.filter((n) => !runtime.types.includes(n));
  if (missing.length > 0) throw new Error(`emitter: templates/runtime/index.ts does not export ${missing.join(', ')}`);
  const values = runtime.values.filter((n) => /^Vitec.*Error$/.test(n) || n === 'XmlFragment');
  return { values, types: CALLER_TYPES };
}

/** `src/index.ts`. */
export function emitIndex(sdk: SdkPlan): StatementStructures[] {
  const runtime = sdkRuntimeNames();
  return [
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: './client.js', namedExports: [sdk.clientName] },
    // By module path, so the index reads in the order of the files it names.
    ...sdk.groups
      .map((g) => `./client/${g.file}.js`)
      .sort(compareCodeUnits)
      .map((moduleSpecifier): StatementStructures => ({ kind: StructureKind.ExportDeclaration, moduleSpecifier })),
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: './models/index.js' },
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: './runtime/index.js', namedExports: runtime.values },
    {
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: './runtime/index.js',
      isTypeOnly: true,
      namedExports: runtime.types,
    },
  ];
}
