/** Changes to types (models and enums), each weighed by how clients use the type. */
import type { ApiIR, ComplexType, EnumType, Property, TypeDef } from '../ir/schema.js';
import type { Change, ChangeKind, ChangeLocation, ChangeValue, DiffOptions, Level } from './change.js';
import { compareConstraints, describeConstraintChange } from './constraints.js';
import { describedChanges } from './descriptions.js';
import { sameType, typePhrase } from './type-ref.js';
import { UNUSED, type TypeUsage } from './usage.js';
import { sidedVerdict, type Verdict } from './verdict.js';

const v = (id: ChangeKind, level: Level): Verdict => ({ id, level });

/** Collects the changes of one type, stamping levels from its usage. */
class TypeChanges {
  readonly changes: Change[] = [];
  constructor(private readonly usage: TypeUsage) {}

  /** Some operation returns this type (in either version). */
  get read(): boolean {
    return this.usage.response;
  }

  add(verdict: Verdict, location: ChangeLocation, message: string, before?: ChangeValue, after?: ChangeValue): void {
    const unused = !this.usage.request && !this.usage.response;
    this.changes.push({
      id: verdict.id,
      level: verdict.level,
      location,
      message: unused ? `${message} No operation uses this type.` : message,
      ...(before === undefined ? {} : { before }),
      ...(after === undefined ? {} : { after }),
    });
  }

  /** Same verdict for senders and readers. */
  both(id: ChangeKind, level: Level): Verdict {
    return sidedVerdict(this.usage, id, v(id, level), v(id, level));
  }

  sided(generic: ChangeKind, request: Verdict, response: Verdict): Verdict {
    return sidedVerdict(this.usage, generic, request, response);
  }
}

export function diffTypes(
  before: ApiIR,
  after: ApiIR,
  usage: ReadonlyMap<string, TypeUsage>,
  options: DiffOptions,
): Change[] {
  const changes: Change[] = [];
  const afterById = new Map(after.types.map((t) => [t.id, t] as const));
  const beforeIds = new Set(before.types.map((t) => t.id));
  const unreadable = new Set(after.pages.filter((p) => p.kind === 'error').map((p) => p.url));
  for (const type of before.types) {
    const c = new TypeChanges(usage.get(type.id) ?? UNUSED);
    const next = afterById.get(type.id);
    if (next === undefined) {
      // Its uses have changed too and are reported there; this line says the name is gone from the SDK.
      const note = type.sources.some((url) => unreadable.has(url))
        ? ' A page that documented it could not be read this time, so it may only be missing from the crawl.'
        : '';
      c.add(c.both('type-removed', 'breaking'), { type: type.id }, `Type ${type.id} was removed.${note}`, type.kind);
    } else if (type.kind !== next.kind) {
      c.add(
        c.both('type-kind-changed', 'breaking'),
        { type: type.id },
        `Type ${type.id} changed from ${type.kind} to ${next.kind}.`,
        type.kind,
        next.kind,
      );
    } else if (type.kind === 'complex') {
      diffComplex(type, next as ComplexType, c, options);
    } else {
      diffEnum(type, next as EnumType, c, options);
    }
    if (next !== undefined && options.descriptions) {
      c.changes.push(
        ...describedChanges({ type: type.id }, `Type ${type.id}`, [
          ['description', type.description, next.description],
        ]),
      );
    }
    changes.push(...c.changes);
  }
  for (const type of after.types) {
    if (beforeIds.has(type.id)) continue;
    changes.push({
      id: 'type-added',
      level: 'non-breaking',
      location: { type: type.id },
      message: `Type ${type.id} was added.`,
      after: type.kind,
    });
  }
  return changes;
}

function diffXmlInfo(before: TypeDef, after: TypeDef, c: TypeChanges): void {
  // Names the naming rule guessed (no sample on the page) are not facts: a difference only informs.
  const known = before.xml.source === 'sample' && after.xml.source === 'sample';
  const level: Level = known ? 'breaking' : 'info';
  const location = { type: after.id };
  if (before.xml.name !== after.xml.name) {
    c.add(
      c.both('type-xml-name-changed', level),
      location,
      `XML element name of ${after.id} changed from ${before.xml.name} to ${after.xml.name}.`,
      before.xml.name,
      after.xml.name,
    );
  }
  // A null namespace means no sample showed it: unknown, not changed.
  if (before.xml.namespace !== null && after.xml.namespace !== null && before.xml.namespace !== after.xml.namespace) {
    c.add(
      c.both('type-xml-namespace-changed', level),
      location,
      `XML namespace of ${after.id} changed from ${before.xml.namespace} to ${after.xml.namespace}.`,
      before.xml.namespace,
      after.xml.namespace,
    );
  }
}

function diffComplex(before: ComplexType, after: ComplexType, c: TypeChanges, options: DiffOptions): void {
  diffXmlInfo(before, after, c);
  const afterByName = new Map(after.properties.map((p) => [p.clrName, p] as const));
  const beforeNames = new Set(before.properties.map((p) => p.clrName));
  for (const p of before.properties) {
    const location: ChangeLocation = { type: after.id, property: p.clrName };
    const next = afterByName.get(p.clrName);
    if (next === undefined) {
      // Readers lose the value; senders' value is dropped silently (see parameter-removed).
      c.add(
        c.both('property-removed', 'breaking'),
        location,
        `Property ${after.id}.${p.clrName} was removed.`,
        typePhrase(p.type),
      );
    } else {
      diffProperty(after.id, p, next, c, options);
    }
  }
  for (const p of after.properties) {
    if (beforeNames.has(p.clrName)) continue;
    const verdict = c.sided(
      'property-added',
      p.required ? v('required-request-property-added', 'breaking') : v('property-added', 'non-breaking'),
      v('property-added', 'non-breaking'),
    );
    c.add(
      verdict,
      { type: after.id, property: p.clrName },
      `${p.required ? 'Required' : 'Optional'} property ${after.id}.${p.clrName} was added.`,
      undefined,
      typePhrase(p.type),
    );
  }
  diffXmlOrder(before, after, c);
}

function diffProperty(typeId: string, before: Property, after: Property, c: TypeChanges, options: DiffOptions): void {
  const name = `${typeId}.${after.clrName}`;
  const location: ChangeLocation = { type: typeId, property: after.clrName };
  if (!sameType(before.type, after.type)) {
    c.add(
      c.both('property-type-changed', 'breaking'),
      location,
      `Type of ${name} changed from ${typePhrase(before.type)} to ${typePhrase(after.type)}.`,
      typePhrase(before.type),
      typePhrase(after.type),
    );
  }
  if (before.required !== after.required) {
    // Senders must now fill it in; readers of a now optional property may find it missing or null.
    const verdict = after.required
      ? c.sided(
          'property-became-required',
          v('request-property-became-required', 'breaking'),
          v('property-became-required', 'non-breaking'),
        )
      : c.sided(
          'property-became-optional',
          v('property-became-optional', 'non-breaking'),
          v('response-property-became-optional', 'breaking'),
        );
    c.add(
      verdict,
      location,
      `${name} became ${after.required ? 'required' : 'optional'}.`,
      before.required,
      after.required,
    );
  }
  if (before.jsonName !== after.jsonName) {
    // The sample is the authority; a name from the camelCase rule on either side is a guess.
    const known = before.jsonNameSource === 'sample' && after.jsonNameSource === 'sample';
    const note = known ? '' : ' (one side is inferred from the naming rule, not seen in a sample)';
    c.add(
      c.both('property-json-name-changed', known ? 'breaking' : 'info'),
      location,
      `JSON name of ${name} changed from ${before.jsonName} to ${after.jsonName}${note}.`,
      before.jsonName,
      after.jsonName,
    );
  }
  if (before.xmlName !== after.xmlName) {
    c.add(
      c.both('property-xml-name-changed', 'breaking'),
      location,
      `XML element name of ${name} changed from ${before.xmlName} to ${after.xmlName}.`,
      before.xmlName,
      after.xmlName,
    );
  }
  if (before.discriminator !== after.discriminator) {
    // The SDK types a tag as its value (`type?: 'Person'`): another value breaks code that checks or sends the old
    // one. A tag found or lost is what the samples show, not what the API sends, so it is only worth a note.
    const moved = before.discriminator !== undefined && after.discriminator !== undefined;
    c.add(
      c.both('property-discriminator-changed', moved ? 'breaking' : 'info'),
      location,
      `Tag value of ${name} changed from ${before.discriminator ?? '(none)'} to ${after.discriminator ?? '(none)'}.`,
      before.discriminator ?? null,
      after.discriminator ?? null,
    );
  }
  // Senders break when fewer values are accepted; readers only need a warning when more may arrive.
  for (const k of compareConstraints(before.constraints, after.constraints)) {
    const generic = `property-constraint-${k.direction}` as const;
    const verdict = c.sided(
      generic,
      v(generic, k.direction === 'loosened' ? 'non-breaking' : 'breaking'),
      v(generic, k.direction === 'tightened' ? 'non-breaking' : 'info'),
    );
    c.add(
      verdict,
      { ...location, constraint: k.constraint },
      `${name}: ${describeConstraintChange(k)}.`,
      k.before,
      k.after,
    );
  }
  if (options.descriptions) {
    c.changes.push(
      ...describedChanges(location, name, [
        ['description', before.description, after.description],
        ['notes', before.notes.join(' '), after.notes.join(' ')],
      ]),
    );
  }
}

/**
 * DataContractSerializer reads members in their order and skips one that comes late, so a new
 * relative order of the members both versions share breaks XML senders; readers are only warned.
 */
function diffXmlOrder(before: ComplexType, after: ComplexType, c: TypeChanges): void {
  const inAfter = new Set(after.xmlOrder);
  const inBefore = new Set(before.xmlOrder);
  const a = before.xmlOrder.filter((n) => inAfter.has(n));
  const b = after.xmlOrder.filter((n) => inBefore.has(n));
  if (a.join('\u0000') === b.join('\u0000')) return;
  const verdict = c.sided(
    'xml-member-order-changed',
    v('xml-member-order-changed', 'breaking'),
    v('xml-member-order-changed', 'info'),
  );
  c.add(verdict, { type: after.id }, `XML member order of ${after.id} changed.`, a.join(', '), b.join(', '));
}

function diffEnum(before: EnumType, after: EnumType, c: TypeChanges, options: DiffOptions): void {
  diffXmlInfo(before, after, c);
  const afterByName = new Map(after.members.map((m) => [m.name, m] as const));
  const beforeNames = new Set(before.members.map((m) => m.name));
  for (const m of before.members) {
    const location: ChangeLocation = { type: after.id, member: m.name };
    const next = afterByName.get(m.name);
    if (next === undefined) {
      // Senders may still send it; readers' code that names it no longer type-checks against the SDK.
      c.add(
        c.both('enum-member-removed', 'breaking'),
        location,
        `Enum member ${after.id}.${m.name} was removed.`,
        m.name,
      );
      continue;
    }
    if (m.value !== null && next.value !== null && m.value !== next.value) {
      // The wire carries member names, so only clients that send numbers notice.
      c.add(
        c.both('enum-member-value-changed', 'info'),
        location,
        `Value of enum member ${after.id}.${m.name} changed from ${m.value} to ${next.value}.`,
        m.value,
        next.value,
      );
    }
    if (options.descriptions) {
      c.changes.push(
        ...describedChanges(location, `${after.id}.${m.name}`, [['description', m.description, next.description]]),
      );
    }
  }
  for (const m of after.members) {
    if (beforeNames.has(m.name)) continue;
    // A reader switching over the members may meet a value it does not know.
    const verdict = c.sided(
      'enum-member-added',
      v('enum-member-added', 'non-breaking'),
      v('enum-member-added', 'info'),
    );
    const note = c.read ? ' Clients reading it may meet a value they do not handle.' : '';
    c.add(
      verdict,
      { type: after.id, member: m.name },
      `Enum member ${after.id}.${m.name} was added.${note}`,
      undefined,
      m.name,
    );
  }
}
