/**
 * What a diff reports: one `Change` per fact that differs between two API versions, with a stable
 * kind id and a level judged from the point of view of a client of the API (and of its generated SDK).
 * Vocabulary and levels follow oasdiff where it has a counterpart.
 */

/** `info` also carries warnings: not a compatibility break, but a client may want to look. */
export type Level = 'breaking' | 'non-breaking' | 'info';

export const LEVELS: readonly Level[] = ['breaking', 'non-breaking', 'info'];

export const CHANGE_KINDS = [
  'operation-added',
  'operation-removed',
  'operation-group-changed',
  'required-parameter-added',
  'parameter-added',
  'parameter-removed',
  'parameter-type-changed',
  'parameter-became-required',
  'parameter-became-optional',
  'parameter-constraint-tightened',
  'parameter-constraint-loosened',
  'parameter-constraint-changed',
  'request-body-added',
  'request-body-removed',
  'request-body-type-changed',
  'response-body-added',
  'response-body-removed',
  'response-type-changed',
  'response-alternative-added',
  'response-alternative-removed',
  'type-added',
  'type-removed',
  'type-kind-changed',
  'type-xml-name-changed',
  'type-xml-namespace-changed',
  'xml-member-order-changed',
  'required-request-property-added',
  'property-added',
  'property-removed',
  'property-type-changed',
  'request-property-became-required',
  'property-became-required',
  'response-property-became-optional',
  'property-became-optional',
  'property-json-name-changed',
  'property-xml-name-changed',
  'property-discriminator-changed',
  'property-constraint-tightened',
  'property-constraint-loosened',
  'property-constraint-changed',
  'enum-member-added',
  'enum-member-removed',
  'enum-member-value-changed',
  'description-changed',
] as const;

export type ChangeKind = (typeof CHANGE_KINDS)[number];

export type ConstraintName = 'minLength' | 'maxLength' | 'minimum' | 'maximum' | 'pattern';

/** Where a change sits: an operation (and one of its parameters) or a type (and a property or member). */
export interface ChangeLocation {
  /** Operation id, e.g. `POST-User-Notify-customerId`. */
  operation?: string;
  /** Wire name of a parameter of that operation. */
  parameter?: string;
  /** Type id, e.g. `User_Notification`. */
  type?: string;
  /** CLR name of a property of that type. */
  property?: string;
  /** Name of a member of that enum. */
  member?: string;
  constraint?: ConstraintName;
}

export type ChangeValue = string | number | boolean | null;

export interface Change {
  id: ChangeKind;
  level: Level;
  location: ChangeLocation;
  /** One line of English. */
  message: string;
  before?: ChangeValue;
  after?: ChangeValue;
}

const SEVERITY: Record<Level, number> = { 'non-breaking': 0, info: 1, breaking: 2 };

/** The level that asks more attention: breaking over a warning (`info`) over non-breaking. */
export function worse(a: Level, b: Level): Level {
  return SEVERITY[a] >= SEVERITY[b] ? a : b;
}

/** `User_Notification.SMS`, `GET-User-GetUser › parameter UserId › maxLength`: for listings. */
export function describeLocation(location: ChangeLocation): string {
  const parts: string[] = [];
  if (location.operation !== undefined) parts.push(location.operation);
  if (location.parameter !== undefined) parts.push(`parameter ${location.parameter}`);
  if (location.type !== undefined) {
    const member = location.property ?? location.member;
    parts.push(member === undefined ? location.type : `${location.type}.${member}`);
  }
  if (location.constraint !== undefined) parts.push(location.constraint);
  return parts.join(' › ');
}

export interface DiffOptions {
  /**
   * Also report changed descriptions, summaries and notes (as `info`). Off by default: the Swedish
   * prose is edited often and says nothing about compatibility, so it would drown the real changes.
   */
  descriptions?: boolean;
}
