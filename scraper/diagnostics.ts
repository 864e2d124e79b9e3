/** Collecting diagnostics: every problem is recorded with its page, place and what was expected. */
import { compareCodeUnits } from '../ir/order.js';
import type { Diagnostic, PageKind } from '../ir/schema.js';

type Severity = Diagnostic['severity'];

export class DiagnosticSink {
  private readonly items = new Map<string, Diagnostic>();

  add(diagnostic: Diagnostic): void {
    // The same fact can be met twice (a model inlined twice on one page): report it once.
    this.items.set(JSON.stringify(diagnostic), diagnostic);
  }

  /** Sorted by (url, where, code, message) as the IR requires. */
  sorted(): Diagnostic[] {
    return [...this.items.values()].sort(
      (a, b) =>
        compareCodeUnits(a.url, b.url) ||
        compareCodeUnits(a.where, b.where) ||
        compareCodeUnits(a.code, b.code) ||
        compareCodeUnits(a.message, b.message) ||
        compareCodeUnits(a.severity, b.severity),
    );
  }
}

/** Reporting for one page; `kind` may be refined once the content is seen (a model page holding an enum). */
export class PageScope {
  constructor(
    private readonly sink: DiagnosticSink,
    readonly url: string,
    public kind: PageKind,
  ) {}

  report(severity: Severity, code: string, where: string, message: string, expected?: string): void {
    this.sink.add({
      severity,
      code,
      url: this.url,
      pageKind: this.kind,
      where,
      message,
      ...(expected === undefined ? {} : { expected }),
    });
  }
}
