/**
 * MultiMarkdown as Scrivener compiles it: a metadata block of `Key: value`
 * lines opening the file (no `---` fences), and CriticMarkup's review marks
 * (`{>>comment<<}`, `{++added++}`, `{--deleted--}`, `{~~old~>new~~}`,
 * `{==highlight==}`). Each line keeps its number, so diagnostics still name
 * the source line.
 */
const META_LINE = /^([A-Za-z][\w .-]{0,40}?):[ \t]+(\S.*?)\s*$/;
const CONTINUED = /^[ \t]+\S/;
/** MultiMarkdown's own settings, which say how to typeset the file, not what the story is. */
const SETTINGS = /^(?:base header level|latex .*|css|xhtml .*|html .*|mmd .*|quotes language|transclude base|bibtex|use wikilinks)$/i;

export interface MultiMarkdown {
  text: string;
  /** The metadata block's keys as written, in order, settings left out. */
  fields: [string, string][];
  /** The line of the metadata block's first line, or 0 when there is none. */
  line: number;
}

/** A file that opens with a metadata block, or uses CriticMarkup, read; any other is returned as it is. */
export function readMultiMarkdown(source: string): MultiMarkdown {
  const lines = source.split('\n');
  const fields: [string, string][] = [];
  let end = 0;
  while (end < lines.length) {
    const m = META_LINE.exec(lines[end]!);
    if (m) fields.push([m[1]!.trim(), m[2]!]);
    else if (fields.length > 0 && CONTINUED.test(lines[end]!)) fields[fields.length - 1]![1] += ` ${lines[end]!.trim()}`;
    else break;
    end++;
  }
  // A block of two or more keys, one a title or an author, ended by a blank line: prose never opens so.
  const isBlock = fields.length >= 2 && (lines[end]?.trim() ?? '') === '' && fields.some(([k]) => /^(?:title|author)$/i.test(k));
  if (isBlock) for (let i = 0; i < end; i++) lines[i] = '';
  const text = /\{(?:>>|\+\+|--|~~|==)/.test(source) ? lines.map(criticMarkup).join('\n') : lines.join('\n');
  return { text, fields: isBlock ? fields.filter(([k]) => !SETTINGS.test(k)) : [], line: isBlock ? 1 : 0 };
}

/** A comment alone on its line is the author's note and reads as one; the other marks are resolved as accepted. */
function criticMarkup(line: string): string {
  const alone = /^\s*\{>>\s*(.*?)\s*<<\}\s*$/.exec(line);
  if (alone) return `> ${/^[^:]{1,40}:\s/.test(alone[1]!) ? alone[1] : `Note: ${alone[1]}`}`;
  return line
    .replace(/\{>>.*?<<\}/g, '')
    .replace(/\{--.*?--\}/g, '')
    .replace(/\{~~.*?~>(.*?)~~\}/g, '$1')
    .replace(/\{\+\+(.*?)\+\+\}/g, '$1')
    .replace(/\{==(.*?)==\}/g, '$1');
}
