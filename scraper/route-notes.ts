/** Diagnostics for routes that the exports resolve by rule: overloads and placeholder twins (see `ir/routes.ts`). */
import { overloadSets, routeKey } from '../ir/routes.js';
import type { Operation } from '../ir/schema.js';
import type { DiagnosticSink } from './diagnostics.js';

export function reportRoutes(operations: readonly Operation[], sink: DiagnosticSink): void {
  for (const set of overloadSets(operations)) {
    const [first, ...rest] = set;
    for (const op of rest) {
      sink.add({
        severity: 'info',
        code: 'overloaded-route',
        url: op.sourceUrl,
        pageKind: 'endpoint',
        where: 'title',
        message: `${op.id} shares ${op.method} ${routeKey(op.path)} with ${set
          .filter((o) => o !== op)
          .map((o) => o.id)
          .join(
            ', ',
          )}: OpenAPI lists them as one operation (${first!.id}, with x-overloads), the SDK keeps one method each`,
        expected: 'one operation per method and route, or overloads told apart by their query keys',
      });
    }
  }
  const templates = new Map<string, Operation>();
  for (const op of operations) {
    const key = routeKey(op.path);
    const first = templates.get(key);
    if (!first) templates.set(key, op);
    else if (first.path !== op.path) {
      sink.add({
        severity: 'info',
        code: 'placeholder-twin',
        url: op.sourceUrl,
        pageKind: 'endpoint',
        where: 'title',
        message: `${op.path} differs from ${first.path} (${first.id}) only in placeholder names: OpenAPI writes the route once, as ${first.path}`,
        expected: 'the same placeholder names on every page of one route',
      });
    }
  }
}
