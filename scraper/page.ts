/** One snapshot page: recognise its kind (URL first, then content) and hand it to its reader. */
import type { SnapshotPage } from '../snapshot/format.js';
import { hasMalformedEscape } from '../snapshot/page-url.js';
import { PageScope, type DiagnosticSink } from './diagnostics.js';
import { loadPage } from './dom.js';
import { scrapeEndpoint } from './endpoint.js';
import type { PageFacts } from './facts.js';
import { scrapeGroups } from './group.js';
import { scrapeEnumerationPage, scrapeModelPage } from './model.js';
import type { PageContext } from './page-context.js';
import { classifyUrl } from './page-kind.js';
import { readTable } from './tables.js';

export function scrapePage(page: SnapshotPage, helpRoot: string, sink: DiagnosticSink): PageFacts {
  const urlKind = classifyUrl(page.url, helpRoot);
  const scope = new PageScope(sink, page.url, 'unknown');
  const facts = (): PageFacts => ({
    page: { url: page.url, kind: scope.kind },
    operation: null,
    types: [],
    groups: [],
  });

  if (hasMalformedEscape(page.url)) {
    scope.report('malformed-url-escape', 'url');
  }
  if (page.status === 0 || page.status >= 400 || page.body === null || page.body.trim() === '') {
    scope.kind = 'error';
    const why = page.status === 0 ? 'no answer' : page.status >= 400 ? `HTTP ${page.status}` : 'an empty body';
    scope.report('page-unavailable', 'page', { why });
    return facts();
  }
  if (urlKind.kind === 'outside') {
    scope.report('outside-help-root', 'page', { helpRoot });
    return facts();
  }
  if (page.contentType !== null && !/html/i.test(page.contentType)) {
    scope.report('not-html', 'page', { contentType: page.contentType });
    return facts();
  }

  const result = facts();
  try {
    const { root, elements } = loadPage(page.body);
    const ctx: PageContext = { url: page.url, scope };
    switch (urlKind.kind) {
      case 'index':
      case 'group': {
        scope.kind = urlKind.kind;
        result.groups = scrapeGroups(ctx, root, elements);
        if (urlKind.kind === 'group' && result.groups.length === 0) {
          scope.report('no-groups', 'page');
        }
        break;
      }
      case 'endpoint': {
        scope.kind = 'endpoint';
        const endpoint = scrapeEndpoint(ctx, root, elements, urlKind.id);
        if (endpoint) {
          result.operation = endpoint.operation;
          result.types = endpoint.types;
        }
        break;
      }
      case 'model': {
        scope.kind = 'model';
        const type = scrapeModelPage(ctx, root, elements, urlKind.id);
        if (type) result.types = [type];
        break;
      }
      case 'enum': {
        scope.kind = 'enum';
        const type = scrapeEnumerationPage(ctx, root, elements, urlKind.id);
        if (type) result.types = [type];
        break;
      }
      case 'other': {
        const tables = elements.filter((el) => el.name === 'table').map((t) => readTable(t));
        if (tables.some((t) => t.kind === 'properties')) {
          scope.report('unexpected-content', 'page');
        } else {
          scope.kind = 'prose';
        }
        break;
      }
    }
  } catch (err) {
    // A reader bug must not lose the other pages: report it loudly and go on.
    scope.report('scraper-failure', 'page', { error: (err as Error).message });
  }
  result.page = { url: page.url, kind: scope.kind };
  return result;
}
