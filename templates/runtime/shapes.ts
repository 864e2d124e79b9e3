/**
 * The choice among the models of a polymorphic (`oneOf`) value, which JSON does not label. The
 * codecs and the validator reach `pickComplex` through the `oneOf` descriptor (its `pick`), which
 * the emitter writes only into the operations with a polymorphic result.
 */
import type { ComplexDesc, PropertyDesc } from './schema.js';
import { isRecord, ownValue } from './values.js';

/** Values whose model the wire named (`i:type` in XML), by object identity. */
const namedModels = new WeakMap<object, ComplexDesc>();

/** Remember that `value` was read as model `desc`, so that writing it back names the same model. */
export function rememberModel(value: unknown, desc: ComplexDesc): void {
  if (isRecord(value)) namedModels.set(value, desc);
}

/**
 * The model among `candidates` that `value` fits best: the one the wire named when it was read (the
 * members alone may fit several), else first those whose required members are all there, then the
 * most members matched; ties go to the earlier candidate. `key` says which name of a
 * member the object uses (the TS key, or the JSON name on the wire).
 */
export function pickComplex(
  value: unknown,
  candidates: readonly ComplexDesc[],
  key: (p: PropertyDesc) => string,
): ComplexDesc | undefined {
  const named = isRecord(value) ? namedModels.get(value) : undefined;
  if (named !== undefined && candidates.includes(named)) return named;
  let best: { desc: ComplexDesc; complete: boolean; matched: number } | undefined;
  for (const desc of candidates) {
    const has = (p: PropertyDesc): boolean => isRecord(value) && ownValue(value, key(p)) !== undefined;
    const complete = desc.properties.every((p) => !p.required || has(p));
    const matched = desc.properties.filter(has).length;
    if (
      best === undefined ||
      (complete && !best.complete) ||
      (complete === best.complete && matched > best.matched)
    ) {
      best = { desc, complete, matched };
    }
  }
  return best?.desc;
}
