import { readFile } from 'node:fs/promises';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { ConfigError } from '../errors.js';
import { configSchema, type Config } from './schema.js';

export { ConfigError };

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

/** Parses and checks a config's text; every problem found is reported with its line. */
export function parseConfig(text: string, file: string): Config {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new ConfigError(`${file}:${counter.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`);
  }
  const result = configSchema.safeParse(doc.toJS());
  if (result.success) return result.data;
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
