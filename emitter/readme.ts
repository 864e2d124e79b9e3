/**
 * The data the SDK README template is filled with: a worked example built from a real operation
 * (the Notify call when the API has it), the renamed models, and the reference tables.
 */
import { pairJsonNames } from '../ir/dotnet.js';
import type { Operation, TypeRef } from '../ir/schema.js';
import { printDocAt, type Doc } from './doc.js';
import { toLiteral } from './literal.js';
import { camelCase, pascalCase } from './naming.js';
import { CREATE_CORE, XML_CODEC, type OperationPlan, type SdkPlan } from './plan.js';
import { assignment, callArgs, Code, objectDoc, PRINT_WIDTH, printFile, str } from './printer.js';
import { isNumeric } from './type-map.js';

/** The operation the walk-through uses: the seed Notify call, else the first with a body, else the first. */
const PREFERRED_EXAMPLE = 'POST-User-Notify-customerId';

const MAX_EXAMPLE_MEMBERS = 6;

/** A plausible value of a type, as data for `toLiteral`, for examples only. */
function sample(ref: TypeRef, sdk: SdkPlan, depth: number): unknown {
  switch (ref.kind) {
    case 'simple':
      switch (ref.name) {
        case 'integer':
        case 'byte':
          return 1;
        case 'decimal':
        case 'double':
        case 'float':
          return 1.5;
        case 'boolean':
          return true;
        case 'date':
          return '2025-01-31T12:00:00.0000000+01:00';
        case 'guid':
          return '00000000-0000-0000-0000-000000000000';
        case 'timespan':
          return '01:00:00';
        case 'uri':
          return 'https://example.com/';
        case 'object':
          return {};
        default:
          return 'text';
      }
    case 'binary':
      return new Code('new Uint8Array([1, 2, 3])');
    case 'collection':
      return [sample(ref.items, sdk, depth)];
    case 'dictionary':
      return { key: sample(ref.value, sdk, depth) };
    case 'pair': {
      const [key, value] = pairJsonNames(sdk.ir.jsonNaming);
      return { [key]: sample(ref.key, sdk, depth), [value]: sample(ref.value, sdk, depth) };
    }
    case 'unknown':
      return null;
    case 'ref': {
      const def = sdk.types.get(ref.id)?.def;
      if (def === undefined) return null;
      if (def.kind === 'enum') return def.members[0] ? def.members[0].name : null;
      if (depth > 1) return {};
      const keys = sdk.types.get(ref.id)!.keys;
      const members = def.properties
        .map((p, i) => ({ p, key: keys[i]! }))
        .filter(({ p }) => p.required || p.type.kind === 'simple' || p.type.kind === 'collection')
        .slice(0, MAX_EXAMPLE_MEMBERS);
      // A null-prototype object, so a member named `__proto__` is a member.
      const value = Object.create(null) as Record<string, unknown>;
      for (const { p, key } of members) value[key] = sample(p.type, sdk, depth + 1);
      return value;
    }
  }
}

/** Example code laid out as prettier would, `indentation` columns in (the first line's indent is the template's). */
function code(doc: Doc, indentation = 0): string {
  return printDocAt(doc, PRINT_WIDTH, indentation);
}

/** `callee(args)`, an object last argument hugging the parentheses. */
function call(callee: string, args: readonly Doc[], objectLast: boolean): Doc {
  return [callee, callArgs(args, objectLast)];
}

function pathArgs(plan: OperationPlan): Doc[] {
  return plan.pathParams.map((p) => {
    const t = p.param?.type;
    if (t?.kind === 'simple' && isNumeric(t.name)) return '1';
    return str(`<${p.wire}>`);
  });
}

function bodyVariable(op: Operation, sdk: SdkPlan): string {
  const ref = op.body?.type;
  const target = ref?.kind === 'ref' ? sdk.types.get(ref.id) : undefined;
  return target ? camelCase(target.def.name) || 'body' : 'body';
}

interface Found {
  plan: OperationPlan;
  property: string;
}

function allOps(sdk: SdkPlan): Found[] {
  return sdk.groups.flatMap((g) => g.operations.map((plan) => ({ plan, property: g.property })));
}

/** The query object of an example: the given keys with sample values. */
function queryObject(keys: OperationPlan['query'], sdk: SdkPlan): Doc {
  return toLiteral(Object.fromEntries(keys.map((q) => [q.key, sample(q.param.type, sdk, 1)])));
}

function example(
  sdk: SdkPlan,
  packageName: string,
): { code: string; call: string; withSignal: string; http: string; helpUrl: string; fn: string; flatCall: string } {
  const ops = allOps(sdk);
  const found =
    ops.find((o) => o.plan.op.id === PREFERRED_EXAMPLE) ?? ops.find((o) => o.plan.op.body !== null) ?? ops[0];
  if (found === undefined) {
    return {
      code: code([assignment('const client', call(`new ${sdk.clientName}`, ['{ username, password }'], true)), ';']),
      call: 'undefined;',
      withSignal: 'undefined;',
      http: '',
      helpUrl: '',
      fn: CREATE_CORE,
      flatCall: 'undefined;',
    };
  }
  const { plan, property } = found;
  const { op } = plan;
  const lines: string[] = [];
  const args = pathArgs(plan);
  if (op.body !== null) {
    const variable = bodyVariable(op, sdk);
    const target = op.body.type.kind === 'ref' ? sdk.types.get(op.body.type.id) : undefined;
    const annotation = target ? `: ${target.name}` : '';
    lines.push(code([assignment(`const ${variable}${annotation}`, toLiteral(sample(op.body.type, sdk, 0))), ';']));
    args.push(variable);
  }
  const required = plan.query.filter((q) => q.param.required);
  if (required.length > 0) args.push(queryObject(required, sdk));
  const method = `client.${property}.${plan.method}`;
  const awaited = call(`await ${method}`, args, required.length > 0);
  lines.push(
    op.response.type === null
      ? code([awaited, ';'])
      : `${code([assignment('const result', awaited), ';'])} // ${resultText(op, sdk)}`,
  );
  const target = op.body?.type.kind === 'ref' ? sdk.types.get(op.body.type.id) : undefined;
  const imports = target
    ? `${printFile('', [{ kind: 'import', module: packageName, typeOnly: true, names: [{ name: target.name, typeOnly: false }] }])}\n`
    : '';
  const signal = toLiteral({ signal: new Code('AbortSignal.timeout(5000)') });
  return {
    code: `${imports}${lines.join('\n')}`,
    call: code([awaited, ';'], 2),
    withSignal: code([call(`await ${method}`, [...args, signal], true), ';']),
    http: `${op.method} ${op.path}`,
    helpUrl: op.sourceUrl,
    fn: plan.fn,
    flatCall: code([call(`await ${plan.fn}`, ['core', ...args], required.length > 0), ';']),
  };
}

function resultText(op: Operation, sdk: SdkPlan): string {
  const t = op.response.type;
  if (t?.kind === 'simple') return t.name;
  if (t?.kind === 'ref') return sdk.types.get(t.id)?.name ?? 'unknown';
  return t?.kind ?? 'unknown';
}

function queryExample(sdk: SdkPlan): string | null {
  const found = allOps(sdk).find((o) => o.plan.query.length > 0);
  if (found === undefined) return null;
  const { plan, property } = found;
  const args = pathArgs(plan);
  if (plan.op.body !== null) args.push(bodyVariable(plan.op, sdk));
  const keys = [...plan.query.filter((q) => q.param.required), ...plan.query.filter((q) => !q.param.required)].slice(
    0,
    3,
  );
  args.push(queryObject(keys, sdk));
  const wire = keys.map((q) => q.wire).join(', ');
  const page = code([assignment('const page', call(`await client.${property}.${plan.method}`, args, true)), ';']);
  return `// ${plan.op.method} ${plan.op.path}: sends ${wire}\n${page}`;
}

/** `const <variable> = new <Client>({ … });` for each way the README constructs a client. */
function constructions(sdk: SdkPlan, packageName: string): Record<string, string> {
  const make = (variable: string, members: readonly Doc[]): string =>
    code([assignment(`const ${variable}`, call(`new ${sdk.clientName}`, [objectDoc(members)], true)), ';']);
  return {
    client: make('client', ['username', 'password']),
    xml: make('xmlClient', ['username', 'password', "format: 'xml'", `xml: ${XML_CODEC}`]),
    mocked: make('mocked', ["username: 'any'", "password: 'any'", "baseUrl: 'http://127.0.0.1:4010'"]),
    strict: make('strict', ['username', 'password', 'validate: validateValue']),
    flatImport: printFile('', [
      {
        kind: 'import',
        module: packageName,
        typeOnly: false,
        names: [CREATE_CORE, example(sdk, packageName).fn].map((name) => ({ name, typeOnly: false })),
      },
    ]).trimEnd(),
  };
}

/** Text safe inside a Markdown table cell: one line, no column breaks, no raw HTML. */
export function cell(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

export function readmeData(sdk: SdkPlan, packageName: string, userAgent: string): Record<string, unknown> {
  const ex = example(sdk, packageName);
  return {
    packageName,
    clientName: sdk.clientName,
    createCore: CREATE_CORE,
    xmlCodec: XML_CODEC,
    apiTitle: sdk.apiTitle,
    userAgent,
    helpRoot: sdk.ir.source.helpRoot,
    baseUrl: sdk.ir.source.apiBaseUrl,
    counts: { groups: sdk.groups.length, operations: sdk.ir.operations.length, types: sdk.typeList.length },
    example: ex,
    construct: constructions(sdk, packageName),
    queryExample: queryExample(sdk),
    renamed: sdk.typeList
      .filter((t) => t.name !== pascalCase(t.def.name || t.def.id))
      .map((t) => ({ id: t.def.id, name: t.name })),
    aliases: sdk.typeList.flatMap((t) => (t.alias === null ? [] : [{ name: t.name, alias: t.alias }])),
    groups: sdk.groups.map((g) => ({
      property: g.property,
      title: cell(g.group.name),
      description: cell(g.group.description),
      methods: g.operations.map((o) => ({
        name: o.method,
        http: `${o.op.method} ${o.op.path}`,
        helpUrl: o.op.sourceUrl,
        summary: cell(o.op.summary),
      })),
    })),
  };
}
