import { isAlias, isCollection, isPair, LineCounter, parseDocument, type Document, type Node } from 'yaml';

/** YAML is data from anyone: these bound what a document may cost to read. */
export interface YamlLimits {
  maxBytes: number;
  /** Collections inside collections, counted from the top. */
  maxDepth: number;
}

export interface YamlProblem {
  /** 1-based line in the text given. */
  line: number;
  message: string;
  /** `limit`: refused for its size, depth or aliases; `syntax`: not valid YAML. */
  kind: 'limit' | 'syntax';
}

export type YamlRead = { ok: true; value: unknown; doc: Document; counter: LineCounter } | { ok: false; problem: YamlProblem };

const fail = (line: number, message: string, kind: YamlProblem['kind'] = 'limit'): YamlRead => ({ ok: false, problem: { line, message, kind } });

/** The first collection past the depth limit (iteratively: the walk itself must not be what a document can overflow) and the first alias. */
function survey(doc: Document, maxDepth: number): { tooDeep: Node | null; firstAlias: Node | null; depth: number } {
  let firstAlias: Node | null = null;
  let depth = 0;
  let tooDeep: Node | null = null;
  const stack: [unknown, number][] = [[doc.contents, 0]];
  while (stack.length > 0) {
    const [node, d] = stack.pop()!;
    if (isAlias(node) && (firstAlias === null || (node.range?.[0] ?? 0) < (firstAlias.range?.[0] ?? 0))) firstAlias = node;
    if (!isCollection(node)) continue;
    depth = Math.max(depth, d + 1);
    if (d + 1 === maxDepth + 1 && (tooDeep === null || (node.range?.[0] ?? 0) < (tooDeep.range?.[0] ?? 0))) tooDeep = node;
    for (const item of node.items) {
      if (isPair(item)) stack.push([item.key, d + 1], [item.value, d + 1]);
      else stack.push([item, d + 1]);
    }
  }
  return { tooDeep, firstAlias, depth };
}

/**
 * Parses YAML as plain data, refusing what would exhaust memory or the stack:
 * oversized documents, nesting past `maxDepth`, and alias chains that expand
 * exponentially ("billion laughs"). Every refusal names a line.
 */
export function readYaml(text: string, limits: YamlLimits): YamlRead {
  const bytes = Buffer.byteLength(text);
  if (bytes > limits.maxBytes) {
    return fail(1, `the YAML is ${Math.ceil(bytes / 1024)} KB; quire reads at most ${limits.maxBytes / 1024} KB of it here`);
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const line = (node: Node | null): number => (node?.range ? counter.linePos(node.range[0]).line : 1);
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const at = counter.linePos(e.pos[0]).line;
    // The yaml parser reports its own stack overflow as a syntax error at the place it gave up.
    if (/call stack/i.test(e.message)) return fail(at, `the YAML is nested too deeply (more than ${limits.maxDepth} levels); flatten it`);
    return fail(at, e.message.split('\n')[0]!, 'syntax');
  }
  const { tooDeep, firstAlias, depth } = survey(doc, limits.maxDepth);
  if (depth > limits.maxDepth) return fail(line(tooDeep), `the YAML is nested ${depth} levels deep; quire reads at most ${limits.maxDepth}`);
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: 100 }), doc, counter };
  } catch (error) {
    if (error instanceof ReferenceError && /excessive alias/i.test(error.message)) {
      return fail(line(firstAlias), 'aliases (*name) expand too far, as in a "billion laughs" document; write the values out instead of repeating aliases');
    }
    if (error instanceof ReferenceError) return fail(line(firstAlias), error.message.split('\n')[0]!, 'syntax');
    throw error;
  }
}
