/** Choosing a change's kind and level from how clients use the type it touches. */
import { worse, type ChangeKind, type Level } from './change.js';
import type { TypeUsage } from './usage.js';

export interface Verdict {
  id: ChangeKind;
  level: Level;
}

/**
 * `request` is the verdict for clients that send the type, `response` for those that read it; a type
 * used both ways takes the one that asks more attention. A type no operation uses breaks no client,
 * so its changes only inform, under the `generic` kind.
 */
export function sidedVerdict(usage: TypeUsage, generic: ChangeKind, request: Verdict, response: Verdict): Verdict {
  if (usage.request && usage.response)
    return worse(request.level, response.level) === request.level ? request : response;
  if (usage.request) return request;
  if (usage.response) return response;
  return { id: generic, level: 'info' };
}
