import { readFile } from 'node:fs/promises';
import { isMap, isNode, isScalar, type Document, type LineCounter } from 'yaml';
import { readYaml, type YamlLimits } from '../safe-yaml.js';
import type { z } from 'zod';
import { ConfigError } from '../errors.js';
import { configSchema, type Config } from './schema.js';

export { ConfigError };

/** A quire.yaml is a page or two; these are far past any real one and far below what hurts. */
const CONFIG_LIMITS: YamlLimits = { maxBytes: 1024 * 1024, maxDepth: 32 };

function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number {
  // The deepest node that exists on the path: for an unknown key, the key itself.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return 1;
}

function describe(issue: z.core.$ZodIssue): { path: PropertyKey[]; message: string } {
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  if (issue.code === 'unrecognized_keys') {
    return { path: [...issue.path, issue.keys[0] ?? ''], message: `${where}unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling (see the README for the keys quire.yaml takes)` };
  }
  return { path: [...issue.path], message: `${where}${issue.message}` };
}

/** The line of the key that ends `path` (a section's name, say, whose value starts on the next line). */
function keyLineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number {
  const parent = doc.getIn(path.slice(0, -1) as unknown[], true);
  const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === path[path.length - 1]) : undefined;
  return pair && isNode(pair.key) && pair.key.range ? counter.linePos(pair.key.range[0]).line : lineOf(doc, counter, path);
}

/** Where each config's keys stand in its file, for messages about their values found later (a cover that is damaged). */
const sourceLines = new WeakMap<Config, { value: (path: readonly PropertyKey[]) => number; key: (path: readonly PropertyKey[]) => number }>();

/** The line of a key in the file a config was read from (1 when unknown). */
export function configLine(config: Config, path: readonly PropertyKey[]): number {
  return sourceLines.get(config)?.value(path) ?? 1;
}

/** The line of the key itself that ends `path` in the file a config was read from (1 when unknown). */
export function configKeyLine(config: Config, path: readonly PropertyKey[]): number {
  return sourceLines.get(config)?.key(path) ?? 1;
}

/** Parses and checks a config's text; every problem found is reported with its line. */
export function parseConfig(text: string, file: string): Config {
  const read = readYaml(text, CONFIG_LIMITS);
  if (!read.ok) throw new ConfigError(`${file}:${read.problem.line}: ${read.problem.message}`);
  const { doc, counter } = read;
  const result = configSchema.safeParse(read.value);
  if (result.success) {
    sourceLines.set(result.data, { value: (path) => lineOf(doc, counter, path), key: (path) => keyLineOf(doc, counter, path) });
    return result.data;
  }
  const messages = result.error.issues.map((issue) => {
    const { path, message } = describe(issue);
    return `${file}:${lineOf(doc, counter, path)}: ${message}`;
  });
  throw new ConfigError([...new Set(messages)].join('\n'));
}

export async function loadConfig(file: string): Promise<Config> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return parseConfig(text, file);
}
