/**
 * XML content the documentation gives no type for, kept as read (each child element serialised with
 * the namespace declarations it needs) so that writing it back loses nothing. Its own module, free of
 * any XML parser, so the SDK's main entry can export it without loading one.
 */
export class XmlFragment {
  constructor(readonly elements: readonly string[]) {}
}
