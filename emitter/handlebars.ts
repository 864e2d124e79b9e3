/**
 * How the SDK's templates are compiled and run, in one place for both ways they are compiled: from the `.hbs`
 * files at run time (`sdk-template.ts`), and ahead of time into the bin's stages bundle (tools/bundle-cli).
 */
import type Handlebars from 'handlebars';

/** No HTML escaping (none of the outputs is HTML); a missing field is an error, not an empty string. */
export const COMPILE_OPTIONS = { noEscape: true, strict: true } as const;

/** A private instance of `handlebars` (the full library or its runtime) with the templates' `json` helper. */
export function withHelpers<H extends typeof Handlebars>(handlebars: H): H {
  const hb = handlebars.create() as H;
  hb.registerHelper('json', (value: unknown) => JSON.stringify(value));
  return hb;
}
