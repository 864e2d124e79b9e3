/** The one ordering rule every stage sorts by, so that output is the same on every machine. */

/** Ordinal (UTF-16 code unit) comparison, as .NET's `String.CompareOrdinal`; unlike `localeCompare`, locale-free. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
