/** Collecting diagnostics: every problem is recorded with its page, place and what was expected. */
import { compareCodeUnits } from '../ir/order.js';
import type { Diagnostic, PageKind } from '../ir/schema.js';
import { diagnosticText, type DiagnosticCode, type ParamsArg } from './diagnostic-codes.js';

/** Where a diagnostic points: the page, its kind, and the place on it. */
export interface DiagnosticPlace {
  url: string;
  pageKind: PageKind;
  where: string;
}

export class DiagnosticSink {
  private readonly items = new Map<string, Diagnostic>();

  /** Records a catalogue code (`scraper/diagnostic-codes.ts`) with its parameters at a place. */
  report<C extends DiagnosticCode>(code: C, place: DiagnosticPlace, ...params: ParamsArg<C>): void {
    const { severity, message, expected } = diagnosticText(code, ...params);
    const { url, pageKind, where } = place;
    const diagnostic: Diagnostic = { severity, code, url, pageKind, where, message, expected };
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

  report<C extends DiagnosticCode>(code: C, where: string, ...params: ParamsArg<C>): void {
    this.sink.report(code, { url: this.url, pageKind: this.kind, where }, ...params);
  }
}
