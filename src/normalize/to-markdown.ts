import { stringify } from 'yaml';
import type { Block, Chapter, Inline, Manuscript, Note } from '../model.js';
import { matchOrnament, matchPov } from '../parse/rules/markers.js';
import { chapterHeading } from '../render/chapter-heading.js';
import { builtInStrings } from '../render/strings.js';

/** Characters that would be Markdown syntax inside running text. */
const INLINE_SYNTAX = /([\\`*_[\]])/g;
/** Starts of a line that Markdown would read as a heading, quote, list or break. */
const LINE_START = /^(\s*)(#|>|[-+]\s|\d+[.)]\s|={3,}|-{3,})/;

function escape(text: string): string {
  return text
    .replace(INLINE_SYNTAX, '\\$1')
    .split('\n')
    .map((line) => line.replace(LINE_START, '$1\\$2'))
    .join('\n');
}

function inline(nodes: readonly Inline[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
          return escape(n.value);
        case 'break':
          return '\\\n';
        case 'emphasis':
          return `*${inline(n.children)}*`;
        case 'strong':
          return `**${inline(n.children)}**`;
      }
    })
    .join('');
}

function note(n: Note): string {
  const paragraphs = n.children.map((p) => inline(p.children));
  return paragraphs.map((p, i) => (i === 0 ? `${escape(n.label)}: ${p}` : p).split('\n').map((l) => `> ${l}`).join('\n')).join('\n>\n');
}

/** An ornament as the first of these forms that reads back as an ornament and not as a POV marker. */
function ornament(text: string): string {
  const forms = [escape(text), `~~ ${escape(text)} ~~`, `= ${escape(text)} =`];
  return forms.find((f) => matchPov(f) === null && matchOrnament(f) !== null) ?? forms[1]!;
}

function block(b: Block, povDepth: number): string {
  switch (b.type) {
    case 'paragraph':
      return inline(b.children);
    case 'sceneBreak':
      return b.kind === 'hard' ? '* * *' : '<!-- soft break -->';
    case 'pov':
      return `${'#'.repeat(povDepth)} ${escape(b.name)}`;
    case 'ornament':
      return ornament(b.text);
    case 'illustration':
      return `\\[Illustration: ${inline(b.caption)}\\]`;
    case 'note':
      return note(b);
  }
}

function chapter(c: Chapter, i: number, count: number, depth: number, parts: boolean, previousPart: string | null, language: string): string[] {
  const out: string[] = [];
  if (parts && c.part !== null && c.part !== previousPart) out.push(`# ${escape(c.part)}`);
  const heading = chapterHeading(c, i, count, builtInStrings(language), language);
  if (heading) out.push(`${'#'.repeat(depth)} ${escape(heading.text)}`);
  out.push(...c.notesBefore.map(note), ...c.children.map((b) => block(b, depth + 2)), ...c.notesAfter.map(note));
  return out;
}

/**
 * A manuscript as a Markdown manuscript with YAML front matter: what quire
 * recovered, written so a person can correct it and build from the `.md`.
 * Parsing the result gives the same outline as parsing the original.
 */
export function toMarkdown(m: Manuscript): string {
  const meta: Record<string, unknown> = {};
  if (m.meta.title) meta.title = m.meta.title;
  if (m.meta.subtitle) meta.subtitle = m.meta.subtitle;
  if (m.meta.author) meta.author = m.meta.author;
  if (m.meta.description) meta.summary = m.meta.description;
  meta.language = m.meta.language;
  // A header field named like a metadata key (`Status`, `Language`) would be read back as that key.
  for (const [k, v] of Object.entries(m.meta.fields)) if (!['status', 'language', 'title', 'author', 'summary', 'subtitle', 'rights'].includes(k.toLowerCase())) meta[k] = v;
  if (m.meta.status.length > 0) meta.status = m.meta.status;
  if (m.meta.rights) meta.rights = m.meta.rights;
  const parts = m.chapters.some((c) => c.part !== null);
  const depth = parts ? 2 : 1;
  const body: string[] = [...m.notesBefore.map(note)];
  for (const s of m.front) body.push(...(s.title ? [`${'#'.repeat(depth)} ${escape(s.title)}`] : []), ...s.children.map((b) => block(b, depth + 2)));
  m.chapters.forEach((c, i) => body.push(...chapter(c, i, m.chapters.length, depth, parts, m.chapters[i - 1]?.part ?? null, m.meta.language)));
  body.push(...m.notesAfter.map(note));
  return `---\n${stringify(meta, { lineWidth: 0 })}---\n\n${body.join('\n\n')}\n`;
}
