/**
 * Lookups in the descriptor registry shared by the codecs and the validator, and the choice among
 * the models of a polymorphic (`oneOf`) value, which JSON does not label.
 */
import type { ComplexDesc, PropertyDesc, SchemaDesc, Schemas } from './schema.js';
import { isRecord, ownValue } from './values.js';

export function schemaOf(schemas: Schemas, name: string): SchemaDesc | undefined {
  return Object.prototype.hasOwnProperty.call(schemas, name) ? schemas[name] : undefined;
}

/** Values whose model the wire named (`i:type` in XML), by object identity. */
const namedModels = new WeakMap<object, string>();

/** Remember that `value` was read as model `name`, so that writing it back names the same model. */
export function rememberModel(value: unknown, name: string): void {
  if (isRecord(value)) namedModels.set(value, name);
}

/**
 * The model among `names` that `value` fits best: the one the wire named when it was read (the
 * members alone may fit several), else first those whose required members are all there, then the
 * most members matched; ties go to the earlier name. `key` says which name of a
 * member the object uses (the TS key, or the JSON name on the wire).
 */
export function pickComplex(
  value: unknown,
  names: readonly string[],
  schemas: Schemas,
  key: (p: PropertyDesc) => string,
): ComplexDesc | undefined {
  const named = isRecord(value) ? namedModels.get(value) : undefined;
  if (named !== undefined && names.includes(named)) {
    const desc = schemaOf(schemas, named);
    if (desc?.kind === 'complex') return desc;
  }
  let best: { desc: ComplexDesc; complete: boolean; matched: number } | undefined;
  for (const name of names) {
    const desc = schemaOf(schemas, name);
    if (desc?.kind !== 'complex') continue;
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
