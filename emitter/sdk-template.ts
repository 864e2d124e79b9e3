/**
 * A template of `templates/sdk/` compiled from its file, once per process. The bin's stages bundle has this module
 * replaced by the same templates precompiled at build time (tools/bundle-cli), which spares `generate` loading and
 * running the Handlebars compiler.
 */
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';

import { COMPILE_OPTIONS, withHelpers } from './handlebars.js';

const compiled = new Map<string, (data: unknown) => string>();

/** The template in `file` (`templates/sdk/<name>.hbs`) as a function of its data. */
export function sdkTemplate(file: string): (data: unknown) => string {
  let template = compiled.get(file);
  if (template === undefined) {
    template = withHelpers(Handlebars).compile(readFileSync(file, 'utf8'), COMPILE_OPTIONS);
    compiled.set(file, template);
  }
  return template;
}
