/** Diagnostics for routes that the exports resolve by rule: overloads and placeholder twins (see `ir/routes.ts`). */
import { overloadSets, routeKey } from '../ir/routes.js';
import type { Operation } from '../ir/schema.js';
import type { DiagnosticSink } from './diagnostics.js';

export function reportRoutes(operations: readonly Operation[], sink: DiagnosticSink): void {
  for (const set of overloadSets(operations)) {
    const [first, ...rest] = set;
    for (const op of rest) {
      sink.report(
        'overloaded-route',
        { url: op.sourceUrl, pageKind: 'endpoint', where: 'title' },
        {
          id: op.id,
          method: op.method,
          route: routeKey(op.path),
          others: set.filter((o) => o !== op).map((o) => o.id),
          first: first!.id,
        },
      );
    }
  }
  const templates = new Map<string, Operation>();
  for (const op of operations) {
    const key = routeKey(op.path);
    const first = templates.get(key);
    if (!first) templates.set(key, op);
    else if (first.path !== op.path) {
      sink.report(
        'placeholder-twin',
        { url: op.sourceUrl, pageKind: 'endpoint', where: 'title' },
        { path: op.path, firstPath: first.path, firstId: first.id },
      );
    }
  }
}
