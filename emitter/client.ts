/**
 * The client layers over the operation functions: `src/client/<group>.ts` holds one class per IR
 * group whose methods call the group's functions; `src/client.ts` holds the client class
 * (`VitecClient` for the Vitec site), which makes one `HttpCore` and exposes each group class as a
 * camelCase property; `src/core.ts` makes an `HttpCore` alone, for callers of the functions;
 * `src/xml.ts` is the `/xml` entry; `src/index.ts` exports the rest.
 * Signature: path parameters in path order, then `body`, then `query`, then `options`.
 */
import { compareCodeUnits } from '../ir/order.js';
import { docBlock } from './docs.js';
import { toLiteral } from './literal.js';
import { callShape } from './operations.js';
import { CREATE_CORE, XML_CODEC, type GroupPlan, type SdkPlan } from './plan.js';
import { assignment, assignmentBreakAfter, callArgs, type Statement } from './printer.js';
import { runtimeExports } from './runtime-exports.js';
import { namedImports, type NamedImport } from './source.js';
import { newUses } from './type-map.js';

export interface ClientDefaults {
  readonly baseUrl: string;
  readonly userAgent: string;
}

function groupDocs(group: GroupPlan): ReturnType<typeof docBlock> {
  const { name, description, sourceUrl } = group.group;
  return docBlock([name, description], sourceUrl === '' ? [] : [{ tagName: 'see', text: sourceUrl }]);
}

/** `src/client/<file>.ts`: the group class, each method a call of its operation's function. */
export function emitGroup(group: GroupPlan, sdk: SdkPlan): Statement[] {
  const uses = newUses();
  const cls: Statement = {
    kind: 'class',
    name: group.className,
    docs: groupDocs(group),
    properties: [{ name: '#core', type: 'HttpCore', readonly: true }],
    ctor: {
      docs: docBlock([`Made by \`${sdk.clientName}\`: use \`client.${group.property}\` rather than constructing one.`]),
      params: [{ name: 'core', type: 'HttpCore' }],
      body: [[assignment('this.#core', 'core'), ';']],
    },
    methods: group.operations.map((plan) => {
      const shape = callShape(plan, sdk, uses);
      return {
        name: plan.method,
        docs: shape.docs,
        params: shape.params,
        returnType: `Promise<${shape.response}>`,
        body: [['return ', plan.fn, callArgs(['this.#core', ...shape.args]), ';']],
      };
    }),
  };
  const operations = `../operations/${group.file}.js`;
  const imports: NamedImport[] = [
    { module: '../runtime/index.js', name: 'HttpCore', typeOnly: true },
    { module: '../runtime/index.js', name: 'RequestOptions', typeOnly: true },
    ...group.operations.map((op) => ({ module: operations, name: op.fn, typeOnly: false })),
    ...group.operations.flatMap((op) =>
      op.queryType === null ? [] : [{ module: operations, name: op.queryType, typeOnly: true }],
    ),
    ...[...uses.ids].map((id) => {
      const t = sdk.types.get(id)!;
      return { module: `../models/${t.file}.js`, name: t.name, typeOnly: true };
    }),
  ];
  return [...namedImports(imports), cls];
}

/** `src/core.ts`: the `HttpCore` factory with this API's defaults, all a caller of the functions needs. */
export function emitCore(sdk: SdkPlan, defaults: ClientDefaults): Statement[] {
  const example = sdk.groups[0]?.operations[0]?.fn ?? 'userNotify';
  return [
    ...namedImports([
      { module: './runtime/index.js', name: 'HttpCore', typeOnly: false },
      { module: './runtime/index.js', name: 'ClientOptions', typeOnly: true },
    ]),
    {
      kind: 'function',
      name: CREATE_CORE,
      docs: docBlock([
        `What the operation functions take: credentials and options, sent to \`${defaults.baseUrl}\` unless \`options.baseUrl\` says otherwise.`,
        `\`\`\`ts\nconst core = ${CREATE_CORE}({ username, password });\nawait ${example}(core, …);\n\`\`\``,
      ]),
      params: [{ name: 'options', type: 'ClientOptions' }],
      returnType: 'HttpCore',
      body: [
        [
          'return new HttpCore',
          callArgs(['options', toLiteral({ baseUrl: defaults.baseUrl, userAgent: defaults.userAgent })], true),
          ';',
        ],
      ],
    },
  ];
}

/** `src/client.ts`: the client class (`VitecClient` for the Vitec site). */
export function emitClient(sdk: SdkPlan): Statement[] {
  const imports: NamedImport[] = [
    { module: './core.js', name: CREATE_CORE, typeOnly: false },
    { module: './runtime/index.js', name: 'HttpCore', typeOnly: true },
    { module: './runtime/index.js', name: 'ClientOptions', typeOnly: true },
    ...sdk.groups.map((g) => ({ module: `./client/${g.file}.js`, name: g.className, typeOnly: false })),
  ];
  const example = sdk.groups[0]?.property ?? 'user';
  const cls: Statement = {
    kind: 'class',
    name: sdk.clientName,
    docs: docBlock([
      `The ${sdk.apiTitle}. One property per group of the help pages, one method per operation; each method calls the operation's standalone function, which a bundle that needs only a few operations imports instead.`,
      `\`\`\`ts\nconst client = new ${sdk.clientName}({ username, password });\nawait client.${example}.…\n\`\`\``,
    ]),
    properties: [
      {
        name: 'core',
        type: 'HttpCore',
        readonly: true,
        docs: docBlock(['What the groups call through; the standalone operation functions take it too.']),
      },
      ...sdk.groups.map((g) => ({ name: g.property, type: g.className, readonly: true, docs: groupDocs(g) })),
    ],
    ctor: {
      docs: docBlock([`See \`${CREATE_CORE}\` for the options.`]),
      params: [{ name: 'options', type: 'ClientOptions' }],
      body: [
        [assignmentBreakAfter('this.core', [CREATE_CORE, callArgs(['options'])]), ';'],
        ...sdk.groups.map((g) => [
          assignment(`this.${g.property}`, ['new ', g.className, callArgs(['this.core'])]),
          ';',
        ]),
      ],
    },
    methods: [],
  };
  return [...namedImports(imports), cls];
}

/**
 * `src/xml.ts` (over saxes) or `src/xml-browser.ts` (over the platform's DOMParser): the
 * `/xml` entry, the only modules that lead to XML code.
 */
export function emitXmlEntry(runtimeModule: 'xml' | 'xml-browser'): Statement[] {
  return [{ kind: 'export', module: `./runtime/${runtimeModule}.js`, names: [XML_CODEC] }];
}

/** The runtime types a caller writes; the runtime must export each (checked when the index is emitted). */
const CALLER_TYPES = [
  'ClientOptions',
  'HttpCore',
  'RequestOptions',
  'RequestValidator',
  'ValidationMessage',
  'XmlCodec',
];

/** The runtime names the SDK exports: its errors, untyped XML content, and the option types a caller writes. */
function sdkRuntimeNames(): { values: string[]; types: string[] } {
  const runtime = runtimeExports();
  const all = [...runtime.types, ...runtime.values];
  const missing = CALLER_TYPES.filter((n) => !all.includes(n));
  if (missing.length > 0) throw new Error(`emitter: templates/runtime/index.ts does not export ${missing.join(', ')}`);
  const values = runtime.values.filter((n) => /^Vitec.*Error$/.test(n) || n === 'XmlFragment' || n === 'validateValue');
  return { values, types: CALLER_TYPES };
}

/** `src/index.ts`. */
export function emitIndex(sdk: SdkPlan): Statement[] {
  const runtime = sdkRuntimeNames();
  const declarations: (Statement & { kind: 'export'; module: string })[] = [
    { kind: 'export', module: './client.js', names: [sdk.clientName] },
    { kind: 'export', module: './core.js', names: [CREATE_CORE] },
    ...sdk.groups
      .flatMap((g) => [`./client/${g.file}.js`, `./operations/${g.file}.js`])
      .map((module) => ({ kind: 'export' as const, module })),
    { kind: 'export', module: './models/index.js' },
    { kind: 'export', module: './runtime/index.js', names: runtime.values },
    { kind: 'export', module: './runtime/index.js', typeOnly: true, names: runtime.types },
  ];
  // By module path (a stable sort), so the index reads in the order of the files it names.
  return declarations.sort((a, b) => compareCodeUnits(a.module, b.module));
}
