/**
 * `src/operations.ts`: one `OperationSpec` constant per operation (`userNotify`): what the runtime
 * needs to make the call (method, path template, query keys and their wire names, body and response
 * descriptors). The group classes pass these to `HttpCore.call`. Each constant is declared with its
 * type, so no declaration grows with the API: one literal holding every operation made tsc give up
 * (TS7056) on APIs with thousands of query keys, and a caller importing one spec needs only it.
 */
import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';

import { compareCodeUnits } from '../ir/order.js';
import { placeholders } from '../ir/path-template.js';
import { toLiteral } from './literal.js';
import { type OperationPlan, type SdkPlan } from './plan.js';
import { responseDesc, typeDesc } from './type-map.js';

/** The spec as plain data, fields in the order of the runtime's `OperationSpec`. */
export function operationSpec(plan: OperationPlan, sdk: SdkPlan): Record<string, unknown> {
  const { op } = plan;
  return {
    id: op.id,
    method: op.method,
    path: op.path,
    pathParams: placeholders(op.path),
    query: plan.query.map((q) => ({
      name: q.key,
      wire: q.wire,
      type: typeDesc(q.param.type, sdk),
      required: q.param.required,
      ...(q.param.indexed ? { indexed: true } : {}),
    })),
    body: op.body === null ? null : typeDesc(op.body.type, sdk),
    response: responseDesc(op, sdk),
    helpUrl: op.sourceUrl,
  };
}

export function emitOperations(sdk: SdkPlan): StatementStructures[] {
  const all = sdk.groups.flatMap((g) => g.operations).sort((a, b) => compareCodeUnits(a.op.id, b.op.id));
  if (all.length === 0) return [{ kind: StructureKind.ExportDeclaration, namedExports: [] }];
  return [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './runtime/index.js',
      isTypeOnly: true,
      namedImports: ['OperationSpec'],
    },
    ...all.map((plan): StatementStructures => ({
      kind: StructureKind.VariableStatement,
      isExported: true,
      docs: [{ description: `\`${plan.op.method} ${plan.op.path}\` (${plan.op.id}).` }],
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: plan.specName, type: 'OperationSpec', initializer: toLiteral(operationSpec(plan, sdk)) }],
    })),
  ];
}
