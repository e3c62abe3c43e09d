/**
 * Pandoc's Markdown extensions, read as plain CommonMark would not: fenced
 * divs (`::: {#chapter-1 .section}`), attributes after headings
 * (`## Die Werkstatt {#werkstatt}`, `# Epilog {-}`), bracketed spans
 * (`[I]{epub:type="z3998:roman"}`), definition lists (`Rating:` / `:   Teen`, as
 * pandoc writes an AO3 work's tags) and the `%` title block. Each line keeps
 * its number, so diagnostics still name the source line.
 */
const FENCE = /^ {0,3}:{3,}/;
const HEADING_ATTRIBUTES = /^( {0,3}#{1,6}\s.*?)\s+\{[^{}]*\}\s*(#*)\s*$/;
const SPAN = /\[([^\][]*)\]\{[^{}]*\}/g;
/** An image's size as pandoc writes it from a Word document: `![](media/image1.jpeg){width="2.5in"}`. */
const IMAGE_ATTRIBUTES = /(!\[[^\]]*\]\([^)\s]*\))\{[^{}]*\}/g;

export interface PandocRead {
  text: string;
  /** From the `%` title block. */
  title: string | null;
  authors: string[];
}

export function readPandocSyntax(source: string): PandocRead {
  // Only a file that uses the extensions (a named or attributed div, a span, heading attributes, a title block) is touched.
  if (!/^ {0,3}:{3,} *(?:\{|[\w-]+ *$)|\]\{[^{}]*\}|\)\{[^{}]*\}|\s\{[#.-][^{}]*\}\s*$|^% \S/m.test(source)) return { text: source, title: null, authors: [] };
  const lines = source.split('\n');
  const { title, authors } = titleBlock(lines);
  joinDefinitions(lines);
  const text = lines
    .map((line) => {
      if (FENCE.test(line)) return '';
      return line.replace(HEADING_ATTRIBUTES, '$1').replace(IMAGE_ATTRIBUTES, '$1').replace(SPAN, '$1');
    })
    .join('\n');
  return { text, title, authors };
}

/** `% Title` / `% Author; Author` / `% Date` on the first lines: read, then blanked. */
function titleBlock(lines: string[]): { title: string | null; authors: string[] } {
  if (!lines[0]?.startsWith('% ')) return { title: null, authors: [] };
  const value = (i: number): string => (lines[i] ?? '').replace(/^%\s*/, '').trim();
  const title = value(0) || null;
  const authors = lines[1]?.startsWith('%') ? value(1).split(/\s*;\s*/).filter(Boolean) : [];
  for (let i = 0; i < 3 && lines[i]?.startsWith('%'); i++) lines[i] = '';
  return { title, authors };
}

/** A definition's line: `:   Teen And Up Audiences`. */
const DEFINITION = /^:\s{1,4}(\S.*)$/;

/**
 * `Rating:` / `:   [Teen](…)`: each term and its definitions become one `Term: definition` line (the
 * definitions' lines blanked), as the header reader knows a field.
 */
function joinDefinitions(lines: string[]): void {
  for (let i = 0; i < lines.length; i++) {
    const m = DEFINITION.exec(lines[i]!);
    if (!m) continue;
    let term = i - 1;
    if (lines[term]?.trim() === '') term--;
    const t = lines[term]?.trim() ?? '';
    if (term < 0 || t === '' || t.length > 60 || t.startsWith(':')) continue;
    lines[term] = `${t.replace(/\s*:$/, '')}: ${m[1]}`;
    for (let k = term + 1; k <= i; k++) lines[k] = '';
  }
}
