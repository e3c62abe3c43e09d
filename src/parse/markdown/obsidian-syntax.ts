/**
 * Obsidian's Markdown, read as plain CommonMark would not: `%%comments%%`
 * (inline, or a block between `%%` lines; Ulysses' `%%` line alone), which the app never shows;
 * `[[wikilinks]]` and `[[target|shown text]]`, whose shown words are the text;
 * and callouts (`> [!note] Title`), whose note, info and to-do kinds are the
 * writer's notes, read as a labelled quote. Each line keeps its number.
 */
const CALLOUT = /^(\s{0,3}>\s*)\[!([A-Za-z]+)\][+-]?[ \t]*(.*)$/;
/** Callout kinds that hold the writer's own remarks; others (quote, example) may hold story text. */
const NOTE_KINDS = /^(?:note|info|todo|tip|hint|important|abstract|summary|tldr|comment|warning|caution|attention)$/i;

export function readObsidianSyntax(source: string): string {
  if (!/%%|\[\[|^\s{0,3}>\s*\[!/m.test(source)) return source;
  const lines = source.split('\n');
  let inComment = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    // A block comment runs from a line opening with `%%` to the next `%%`; its lines stay, empty, so every later line keeps its number.
    // Never closed, the `%%` marks one paragraph as a comment (Ulysses' comment line), not the rest of the text.
    if (inComment || (/^\s*%%/.test(line) && !/^\s*%%.*%%/.test(line))) {
      inComment = inComment ? !line.includes('%%') : lines.slice(i + 1).some((l) => l.includes('%%'));
      lines[i] = '';
      continue;
    }
    // An embed (`![[map.png]]`) shows a file, not words.
    line = line.replace(/%%.*?%%/g, '').replace(/!\[\[[^\]]*\]\]/g, '').replace(/\[\[(?:[^\]|]*\|)?([^\]]*)\]\]/g, '$1');
    const callout = CALLOUT.exec(line);
    if (callout) {
      const [, quote, kind, title] = callout;
      line = NOTE_KINDS.test(kind!) ? `${quote}${title!.trim() || kind!.charAt(0).toUpperCase() + kind!.slice(1).toLowerCase()}:` : `${quote}${title}`;
    }
    lines[i] = line;
  }
  return lines.join('\n');
}
