/**
 * The JSON naming convention of a site, learnt from its samples (Json.NET writes either the CLR
 * names, `PascalCase`, or camelCase with `CamelCasePropertyNamesContractResolver`):
 *
 * - each property a JSON sample shows is one vote: `pascal` when the sample writes the CLR name,
 *   `camel` when it writes Json.NET's camelCase of it; names that read the same both ways (`id`)
 *   and custom names (`[JsonProperty]`) are no vote;
 * - a type with votes takes its majority; every other type takes the site's majority;
 * - a tie (within a type or over the site) is reported (`json-naming-split`) and falls to camelCase,
 *   as does a site with no vote at all;
 * - `--json-names camel|pascal` names every property by that rule, samples or not;
 *   `as-documented` (the default) keeps what the samples show and infers the rest as above.
 */
import { jsonCamelCase } from '../ir/dotnet.js';
import { compareCodeUnits } from '../ir/order.js';
import type { JsonNaming } from '../ir/schema.js';
import type { DiagnosticSink } from './diagnostics.js';
import type { ComplexFact } from './facts.js';

export type JsonNamesOption = JsonNaming | 'as-documented';

export interface NamingPlan {
  /** The rule for a property no sample names (or every property, under an override). */
  ruleFor(typeId: string): JsonNaming;
  /** True when samples decide the names they show. */
  readonly samplesWin: boolean;
  /** The site's convention: the rule for a type no sample speaks for. */
  readonly site: JsonNaming;
  /**
   * Endpoint pages whose samples name members by another convention than the types they show
   * (another controller's formatter): the page's convention, which its operation's JSON follows.
   */
  readonly byPage: ReadonlyMap<string, JsonNaming>;
}

interface Votes {
  camel: number;
  pascal: number;
  /** Where the first vote was met, for the diagnostic. */
  url: string;
  where: string;
}

export function vote(clrName: string, jsonName: string): JsonNaming | null {
  const camel = jsonCamelCase(clrName);
  if (camel === clrName) return null;
  if (jsonName === clrName) return 'pascal';
  if (jsonName === camel) return 'camel';
  return null;
}

function majority(v: Votes): JsonNaming | 'split' {
  if (v.camel === v.pascal) return 'split';
  return v.camel > v.pascal ? 'camel' : 'pascal';
}

export interface JsonNameSeen {
  typeId: string;
  clrName: string;
  jsonName: string;
  url: string;
  where: string;
}

export function planJsonNaming(
  facts: readonly ComplexFact[],
  seen: readonly JsonNameSeen[],
  option: JsonNamesOption,
  sink: DiagnosticSink,
): NamingPlan {
  if (option !== 'as-documented') return { ruleFor: () => option, samplesWin: false, site: option, byPage: new Map() };
  const site: Votes = { camel: 0, pascal: 0, url: '', where: '' };
  const byType = new Map<string, Votes>();
  for (const s of seen) {
    const v = vote(s.clrName, s.jsonName);
    if (v === null) continue;
    const t = byType.get(s.typeId) ?? { camel: 0, pascal: 0, url: s.url, where: s.where };
    t[v] += 1;
    byType.set(s.typeId, t);
    if (site.url === '') Object.assign(site, { url: s.url, where: s.where });
    site[v] += 1;
  }
  const siteRule = majority(site);
  if (siteRule === 'split' && site.camel > 0) {
    sink.report(
      'json-naming-split',
      { url: site.url, pageKind: 'endpoint', where: site.where },
      { camel: site.camel, pascal: site.pascal },
    );
  }
  const siteDefault: JsonNaming = siteRule === 'split' ? 'camel' : siteRule;
  const rules = new Map<string, JsonNaming>();
  for (const fact of facts) {
    const t = byType.get(fact.id);
    const own = t ? majority(t) : null;
    if (t && own === 'split') {
      sink.report(
        'json-naming-split',
        { url: t.url, pageKind: 'endpoint', where: t.where },
        { typeId: fact.id, camel: t.camel, pascal: t.pascal },
      );
    }
    rules.set(fact.id, own !== null && own !== 'split' ? own : siteDefault);
  }
  const ruleFor = (typeId: string): JsonNaming => rules.get(typeId) ?? siteDefault;
  return { ruleFor, samplesWin: true, site: siteDefault, byPage: pageNamings(seen, ruleFor, sink) };
}

/**
 * A page whose samples, by majority, name members by one convention while some type they show is
 * named by the other: that page's operation names every member by its own convention.
 */
function pageNamings(
  seen: readonly JsonNameSeen[],
  ruleFor: (typeId: string) => JsonNaming,
  sink: DiagnosticSink,
): Map<string, JsonNaming> {
  const byUrl = new Map<string, { votes: Votes; types: Set<string> }>();
  for (const s of seen) {
    const v = vote(s.clrName, s.jsonName);
    if (v === null) continue;
    const page = byUrl.get(s.url) ?? { votes: { camel: 0, pascal: 0, url: s.url, where: s.where }, types: new Set() };
    page.votes[v] += 1;
    page.types.add(s.typeId);
    byUrl.set(s.url, page);
  }
  const out = new Map<string, JsonNaming>();
  for (const [url, { votes, types }] of byUrl) {
    const own = majority(votes);
    if (own === 'split') continue;
    const others = [...types].filter((id) => ruleFor(id) !== own).sort(compareCodeUnits);
    if (others.length === 0) continue;
    out.set(url, own);
    sink.report(
      'json-naming-per-operation',
      { url, pageKind: 'endpoint', where: votes.where },
      { naming: own, types: others },
    );
  }
  return out;
}
