/**
 * A value that does not fit its descriptor, with the path to it (`body.recipients[1]`). The codecs,
 * the validator and the URL builder throw it; `HttpCore` turns it into a `VitecError` that also
 * says which request it was.
 */
export class CodecError extends Error {
  override name = 'CodecError';
  declare readonly path: string;
  declare readonly problem: string;

  constructor(path: string, problem: string) {
    super(`${path}: ${problem}`);
    this.path = path;
    this.problem = problem;
  }
}
