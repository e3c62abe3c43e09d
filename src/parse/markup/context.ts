import type { DiagnosticSink } from '../../diagnostics.js';

/**
 * ConTeXt (MkII/MkIV/LMTX) beside LaTeX: the same TeX, but sections and environments are `\startX` …
 * `\stopX` pairs with `key=value` options (`\startchapter[title={Mist}]`), the document is `\starttext` …
 * `\stoptext`, and the metadata sits in `\setupinteraction[title=…, author=…]`. Rewritten line for line
 * into the LaTeX the LaTeX reader knows, so every line keeps its number.
 */

/** `\startX`/`\stopX` pairs that are a LaTeX environment under another name. */
const ENVIRONMENTS: Readonly<Record<string, string>> = {
  text: 'document',
  itemize: 'itemize',
  enumerate: 'enumerate',
  narrower: 'quote',
  blockquote: 'quote',
  quotation: 'quotation',
  quote: 'quote',
  lines: 'verse',
  verse: 'verse',
  alignment: 'center',
  standardmakeup: 'titlepage',
  makeup: 'titlepage',
  titlepage: 'titlepage',
  comment: 'comment',
  hiding: 'comment',
  buffer: 'comment',
  MPcode: 'comment',
  MPpage: 'comment',
  TABLE: 'table',
  tabulate: 'table',
  figure: 'figure',
};

/** Divisions of the book that only group its sections: their lines leave, the sections inside stay. */
const MATTER = new Set(['frontmatter', 'bodymatter', 'backmatter', 'appendices', 'component', 'product', 'environment']);

/** Sections: numbered ones (`\startchapter`) and their unnumbered twins (`\starttitle`), to LaTeX's starred form. */
const SECTIONS: Readonly<Record<string, string>> = {
  part: '\\part',
  chapter: '\\chapter',
  section: '\\section',
  subsection: '\\subsection',
  title: '\\chapter*',
  subject: '\\section*',
  subsubject: '\\subsection*',
};

/** The metadata `\setupinteraction` and `\setupdocument` carry, to LaTeX's header commands. */
const META_KEYS: Readonly<Record<string, string>> = { title: 'title', subtitle: 'subtitle', author: 'author', keyword: 'keywords', date: 'date' };

/** The first line that says ConTeXt: its document pair or a setup command LaTeX has no name for. */
export const CONTEXT_SIGN = /^\s*\\(?:starttext|startcomponent|startproduct|setupbodyfont|setuppapersize|setuphead|setupinteraction|mainlanguage|startchapter\[|startsection\[)/;

/** `key=value` pairs of a `[…]` option list, values in braces or bare. */
function options(list: string): Map<string, string> {
  const out = new Map<string, string>();
  const pair = /(\w+)\s*=\s*(?:\{((?:[^{}]|\{[^{}]*\})*)\}|([^,\]]*))/g;
  for (const m of list.matchAll(pair)) out.set(m[1]!, (m[2] ?? m[3] ?? '').trim());
  return out;
}

/** The `[…]` starting at `from` in the joined lines, brackets balanced, or null. */
function bracketed(text: string, from: number): { value: string; end: number } | null {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '[' || text[i] === '{') depth++;
    else if ((text[i] === ']' || text[i] === '}') && --depth === 0) return text[i] === ']' ? { value: text.slice(from + 1, i), end: i + 1 } : null;
  }
  return null;
}

/** Each ConTeXt line as LaTeX; a command whose options run on over lines takes them and leaves comments in their place. */
export function contextToLatex(lines: readonly string[], sink: DiagnosticSink): string[] {
  sink.info('context', 1, 'read as ConTeXt: \\startX/\\stopX sections and environments, \\setupinteraction metadata');
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    const line = out[i]!;
    const start = /^(\s*)\\(start|stop)([A-Za-z]+)/.exec(line);
    const setup = /^\s*\\(setupinteraction|setupdocument)\b/.exec(line);
    if (!start && !setup) continue;
    // The option list may run over the next lines: join them until its brackets close.
    const head = (start ?? setup)![0].length;
    let joined = line;
    let last = i;
    // The list may open on the command's line or, set apart, on the next.
    if (line.slice(head).trim() === '' && /^\s*\[/.test(out[i + 1] ?? '')) joined += ' ' + out[++last]!.trim();
    const opens = /^\s*\[/.test(joined.slice(head)) ? joined.indexOf('[', head) : -1;
    let list = opens >= 0 ? bracketed(joined, opens) : null;
    while (list === null && opens >= 0 && last + 1 < out.length && last < i + 12) {
      joined += ' ' + out[++last]!.trim();
      list = bracketed(joined, opens);
    }
    const rest = list ? joined.slice(list.end) : line.slice(head);
    const opts = options(list?.value ?? '');
    let latex: string | null = null;
    if (setup) {
      latex = [...opts].filter(([k]) => META_KEYS[k] !== undefined).map(([k, v]) => `\\${META_KEYS[k]}{${v}}`).join('');
    } else {
      const [, indent, verb, name] = start!;
      const section = SECTIONS[name!];
      const env = ENVIRONMENTS[name!];
      if (MATTER.has(name!)) latex = '';
      else if (section !== undefined) {
        // A section's heading is its title option (or the first bare option); `\stopchapter` only closes it.
        latex = verb === 'start' ? `${indent}${section}{${opts.get('title') ?? list?.value.split(',')[0]?.trim() ?? ''}}${rest}` : '';
      } else if (env !== undefined) {
        latex = `${indent}\\${verb === 'start' ? 'begin' : 'end'}{${env}}${rest}`;
      }
    }
    if (latex === null) continue;
    out[i] = latex;
    // The joined lines now stand in line i; a comment keeps each one's place.
    for (let k = i + 1; k <= last; k++) out[k] = '%';
    i = last;
  }
  return out;
}
