/**
 * Type descriptors: the data the generated models hand to the runtime codecs. The emitter writes one
 * `SchemaDesc` per model beside the model itself (`models/user.ts` holds `Notification` and
 * `NotificationDesc`); descriptors refer to each other directly, so a bundle holds only the
 * descriptors its operations reach, and there is no registry. The JSON and XML codecs and the request
 * validator walk them. Keeping serialisation data-driven means one tested codec instead of code per type.
 */

export type SimpleKind =
  | 'string'
  | 'integer'
  | 'decimal'
  | 'double'
  | 'float'
  | 'boolean'
  | 'date'
  | 'guid'
  | 'timespan'
  | 'uri'
  | 'byte'
  | 'char'
  | 'object';

export type TypeDesc =
  | { readonly kind: 'simple'; readonly name: SimpleKind }
  /**
   * Raw bytes: `Uint8Array` in TypeScript, base64 on the JSON and XML wire. `decode` is
   * `decodeBase64` (base64.ts), which the codecs call from here instead of importing it, so that
   * a bundle of operations whose types hold no bytes holds no base64 decoder.
   */
  | { readonly kind: 'binary'; readonly decode: (base64: string) => Uint8Array }
  /**
   * A model. A thunk, because models are cyclic and live in modules that import each other: the
   * descriptor is looked up when a value is walked, never while the modules load.
   */
  | { readonly kind: 'ref'; readonly to: () => SchemaDesc }
  | { readonly kind: 'collection'; readonly items: TypeDesc }
  | { readonly kind: 'dictionary'; readonly key: TypeDesc; readonly value: TypeDesc }
  /**
   * A .NET `KeyValuePair`: `names` are its two members in TypeScript and on the JSON wire
   * (`Key`/`Value` or `key`/`value`, as the site names members), `json` the JSON names where an
   * operation writes another casing; `<key>`/`<value>` in XML.
   */
  | {
      readonly kind: 'pair';
      readonly key: TypeDesc;
      readonly value: TypeDesc;
      readonly names: readonly [key: string, value: string];
      readonly json?: readonly [key: string, value: string];
    }
  /**
   * Several possible models for one response (a polymorphic result). `xmlName` and `xmlNamespace`
   * name the declared base contract the XML writes each of them under, with `i:type` naming the
   * model (`<CrmContact i:type="CrmPersonContact">`); without them the element is named after the model.
   */
  | {
      readonly kind: 'oneOf';
      /** The models, in the order ties between equally good fits go (a thunk, as for `ref`). */
      readonly of: () => readonly ComplexDesc[];
      /**
       * `pickComplex` (shapes.ts), carried here as `decode` is for bytes: only the bundles of
       * operations with a polymorphic result hold the picker.
       */
      readonly pick: ModelPicker;
      readonly xmlName?: string;
      readonly xmlNamespace?: string;
    }
  /**
   * The docs named a type the generator did not understand, or linked a model page it never read:
   * passed through untouched (JSON as is, XML as an `XmlFragment`). `xmlName` and `xmlNamespace`
   * (a guess) name the linked model's elements as collection items.
   */
  | { readonly kind: 'unknown'; readonly xmlName?: string; readonly xmlNamespace?: string };

/**
 * The model among `candidates` that `value` fits best; `key` says which name of a member the object
 * uses (the TS key, or the member's name on the wire).
 */
export type ModelPicker = (
  value: unknown,
  candidates: readonly ComplexDesc[],
  key: (p: PropertyDesc) => string,
) => ComplexDesc | undefined;

export interface PropertyDesc {
  /** Key in the TypeScript object. */
  readonly name: string;
  /** Member name on the JSON wire; absent when it is `name`. */
  readonly json?: string;
  /** Element name in DataContract XML. */
  readonly xml: string;
  readonly type: TypeDesc;
  /** Absent when false. */
  readonly required?: boolean;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly pattern?: string;
}

export interface ComplexDesc {
  readonly kind: 'complex';
  /** TypeScript type name (for messages). */
  readonly name: string;
  /** Root element name when the model is a document root. */
  readonly xmlName: string;
  /** DataContract namespace of the type and its members; null when unknown. */
  readonly xmlNamespace: string | null;
  /** In DataContract member order (the order XML is written and expected in). */
  readonly properties: readonly PropertyDesc[];
  /**
   * Property `name`s in the order Json.NET writes them (the declaration order the docs list); when
   * absent, JSON follows `properties`.
   */
  readonly jsonOrder?: readonly string[];
}

export interface EnumDesc {
  readonly kind: 'enum';
  readonly name: string;
  readonly xmlName: string;
  readonly xmlNamespace: string | null;
  /** Member names: the values on both wires. */
  readonly members: readonly string[];
}

export type SchemaDesc = ComplexDesc | EnumDesc;
