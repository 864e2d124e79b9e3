/** Loading the Handlebars templates of a theme (the one disk read of rendering, done once). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

export type Theme = 'vitec' | 'stock';

const TEMPLATE_DIR = fileURLToPath(new URL('./templates/', import.meta.url));

export interface ThemeTemplates {
  render(name: string, view: unknown): string;
}

/**
 * Compile every `templates/{theme}/*.hbs`; each is also registered as a partial of its name.
 * `preventIndent`: partials are written at the indentation they need, and re-indenting them would
 * shift the text of `<pre>` samples.
 */
export function loadTheme(theme: Theme): ThemeTemplates {
  const hb = Handlebars.create();
  const dir = path.join(TEMPLATE_DIR, theme);
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.hbs'))
    .sort()) {
    const name = file.slice(0, -'.hbs'.length);
    const source = readFileSync(path.join(dir, file), 'utf8');
    compiled.set(name, hb.compile(source, { strict: false, preventIndent: true }));
    hb.registerPartial(name, hb.compile(source, { preventIndent: true }));
  }
  return {
    render(name, view) {
      const t = compiled.get(name);
      if (!t) throw new Error(`templates/${theme}: no template ${name}.hbs`);
      return t(view);
    },
  };
}
