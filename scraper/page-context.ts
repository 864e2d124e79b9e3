/** What every reader of one page is handed besides its nodes: its URL (links resolve against it) and its diagnostics. */
import type { PageScope } from './diagnostics.js';

export interface PageContext {
  readonly url: string;
  readonly scope: PageScope;
}
