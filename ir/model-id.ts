/**
 * A model id is the help site's `modelName`: `{prefix}_{ShortName}`, the prefix standing for the
 * CLR namespace (`Search_CrmContactSearchMatch`). An id without `_` has no prefix and is its own
 * short name.
 */

/** `Search_CrmContactSearchMatch` -> `Search`; null when the id has no prefix. */
export function modelPrefix(id: string): string | null {
  const at = id.indexOf('_');
  return at > 0 ? id.slice(0, at) : null;
}

/** `Search_CrmContactSearchMatch` -> `CrmContactSearchMatch`; `Paging` -> `Paging`. */
export function modelShortName(id: string): string {
  return modelPrefix(id) === null ? id : id.slice(id.indexOf('_') + 1);
}
