/** What every reader of one page is handed: the page's DOM, its URL (links resolve against it) and its diagnostics. */
import type { CheerioAPI } from 'cheerio';

import type { PageScope } from './diagnostics.js';

export interface PageContext {
  readonly $: CheerioAPI;
  readonly url: string;
  readonly scope: PageScope;
}
