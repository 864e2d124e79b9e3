/**
 * The config file: what the flags hold, kept beside a project instead of typed each time. Found by
 * lilconfig from the working folder up (`vitec-codegen.config.json`, `vitec-codegen.config.mjs` with
 * a default export, or a `"vitec-codegen"` key in `package.json`), or named by `--config <file>`.
 *
 * A top-level key is an option's name as the flag spells it in camelCase (`apiBaseUrl`, `jsonNames`)
 * and applies to every command that has that option; a key named for a command (`"crawl": { … }`)
 * holds options of that command only and wins over the top level. A flag given on the command line
 * wins over both. Values are checked as the flags are (the same parsers and choices); paths
 * (`snapshot`, `out`, `previous`, `sdk`) are relative to the config file's folder.
 */
import path from 'node:path';
import { InvalidArgumentError, type Command, type Option } from 'commander';
import { lilconfig } from 'lilconfig';

import { InputError } from './inputs.js';

const NAME = 'vitec-codegen';
const SEARCH_PLACES = [`${NAME}.config.json`, `${NAME}.config.mjs`, 'package.json'];

/** Options that name files or folders: a config file's are read from its own folder. */
const PATH_OPTIONS = new Set(['snapshot', 'out', 'previous', 'sdk']);

/** Options that are about the run itself, not settings a file should hold. */
const NOT_CONFIGURABLE = new Set(['help', 'version', 'config']);

export interface LoadedConfig {
  file: string;
  values: Record<string, unknown>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `--config <file>` or `--config=<file>` among the arguments (before `--`), else undefined. */
export function configFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length && argv[i] !== '--'; i += 1) {
    const arg = argv[i]!;
    if (arg === '--config') return argv[i + 1];
    if (arg.startsWith('--config=')) return arg.slice('--config='.length);
  }
  return undefined;
}

/** The config named, else the nearest one from `cwd` up; null when there is none. */
export async function loadConfig(explicit: string | undefined, cwd: string): Promise<LoadedConfig | null> {
  const searcher = lilconfig(NAME, { searchPlaces: SEARCH_PLACES, cache: false });
  let found: Awaited<ReturnType<typeof searcher.search>>;
  try {
    found = explicit === undefined ? await searcher.search(cwd) : await searcher.load(path.resolve(cwd, explicit));
  } catch (err) {
    const where = explicit === undefined ? 'the config file' : explicit;
    throw new InputError(`${where}: cannot read it as a config file (${(err as Error).message})`);
  }
  if (found === null) return null;
  const values: unknown = found.isEmpty ? {} : found.config;
  if (!isRecord(values)) {
    throw new InputError(`${found.filepath}: expected an object of options, e.g. { "snapshot": "site-snapshot" }`);
  }
  return { file: found.filepath, values };
}

function configurable(cmd: Command): Option[] {
  return cmd.options.filter((o) => !NOT_CONFIGURABLE.has(o.attributeName()));
}

/** A config value as the flag would have given it, or an InputError naming the file and key. */
function optionValue(option: Option, raw: unknown, where: string, configDir: string): unknown {
  const flag = option.long ?? option.flags;
  if (option.isBoolean()) {
    if (typeof raw !== 'boolean') throw new InputError(`${where}: expected true or false (as ${flag})`);
    return raw;
  }
  if (typeof raw !== 'string' && typeof raw !== 'number') {
    throw new InputError(`${where}: expected a string or a number (as ${flag} takes)`);
  }
  const text = String(raw);
  if (option.argChoices && !option.argChoices.includes(text)) {
    throw new InputError(`${where}: expected one of ${option.argChoices.join(', ')}; got ${JSON.stringify(text)}`);
  }
  let value: unknown = text;
  if (option.parseArg) {
    try {
      value = option.parseArg(text, undefined);
    } catch (err) {
      if (err instanceof InvalidArgumentError) throw new InputError(`${where}: ${err.message}`);
      throw err;
    }
  }
  if (PATH_OPTIONS.has(option.attributeName()) && typeof value === 'string' && value !== '-') {
    return path.resolve(configDir, value);
  }
  return value;
}

/**
 * Sets each command's options from the config before the command line is parsed, so a flag given
 * there still wins. Keys that no command (or not that command) has are refused, not ignored.
 */
export function applyConfig(program: Command, config: LoadedConfig): void {
  const commands = new Map(program.commands.map((c) => [c.name(), c] as const));
  const anyOption = new Set(program.commands.flatMap((c) => configurable(c).map((o) => o.attributeName())));
  for (const [key, value] of Object.entries(config.values)) {
    const cmd = commands.get(key);
    if (cmd === undefined) {
      if (!anyOption.has(key)) throw new InputError(`${config.file}: "${key}" is neither an option nor a command`);
      continue;
    }
    if (!isRecord(value)) throw new InputError(`${config.file}: "${key}" must be an object of ${key}'s options`);
    const own = new Set(configurable(cmd).map((o) => o.attributeName()));
    for (const name of Object.keys(value)) {
      if (!own.has(name)) throw new InputError(`${config.file}: "${key}.${name}" is not an option of ${key}`);
    }
  }
  const configDir = path.dirname(config.file);
  for (const cmd of program.commands) {
    const section = config.values[cmd.name()];
    for (const option of configurable(cmd)) {
      const key = option.attributeName();
      const fromSection = isRecord(section) && Object.hasOwn(section, key);
      if (!fromSection && !Object.hasOwn(config.values, key)) continue;
      const where = `${config.file}: ${fromSection ? `${cmd.name()}.${key}` : key}`;
      const raw = fromSection ? section[key] : config.values[key];
      cmd.setOptionValueWithSource(key, optionValue(option, raw, where, configDir), 'config');
    }
  }
}
