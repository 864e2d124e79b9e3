/**
 * The stages the commands run, each loaded when a command first asks for it, never at start-up. This is the one
 * place the CLI imports them from: the bundled bin (tools/bundle-cli) swaps this module for one that takes them
 * all from one bundle, `dist/cli/stages.cjs`, compiled from a V8 code cache; from the sources or tsc's build it is
 * a plain dynamic import of each.
 */
const loaders = {
  crawler: () => import('../crawler/index.js'),
  diff: () => import('../diff/index.js'),
  emitter: () => import('../emitter/index.js'),
  irIo: () => import('../ir/io.js'),
  mock: () => import('../mock/serve.js'),
  openapi: () => import('../openapi/index.js'),
  release: () => import('./release.js'),
  scraper: () => import('../scraper/index.js'),
  snapshot: () => import('../snapshot/read.js'),
};

export type StageName = keyof typeof loaders;
export type Stage<N extends StageName> = Awaited<ReturnType<(typeof loaders)[N]>>;

/** The module of stage `name`. */
export function stage<N extends StageName>(name: N): Promise<Stage<N>> {
  return loaders[name]() as Promise<Stage<N>>;
}
