import type { DiagnosticSink } from '../../diagnostics.js';
import type { Note } from '../../model.js';
import { isSceneBreak } from '../rules/markers.js';
import { emptyMeta } from '../section-blocks.js';
import { BlockCollector, delimit, EM, STRONG, unmark } from './markup-blocks.js';
import { setHeaderField, type MarkupRead } from './read-result.js';

/** `====== Title ======`: in Zim and DokuWiki more `=` signs mean a higher level, six the page's own title. */
export const EQUALS_HEADING = /^(={2,6})\s+(.*?\S)\s+=+\s*$/;
const FILE_HEADER = /^(?:Content-Type|Wiki-Format|Creation-Date|Modification-Date):/;
/** The line Zim writes under a new page's title: `Created Monday 02 November 2020`. */
const CREATED = /^Created \p{L}+ \d{1,2} \p{L}+ \d{4}$/u;
const TAGS = /^@[\p{L}\p{N}_-]+(?:\s+@[\p{L}\p{N}_-]+)*$/u;
/** `**Author:** Saskia Verhoeven`: a bold label, as a writer sets the story's particulars under the title. */
export const BOLD_FIELD = /^\*\*([\p{L}][\p{L} '-]{0,30}?):?\*\*:?\s+(.+)$/u;
const SUMMARY_KEYS = /^(?:logline|summary|synopsis|blurb|premise)$/i;
/** Checkbox states: open, done, crossed out, moved on. */
const CHECKBOX = /^\[([ *x>])\]\s+/;
const BOXES: Readonly<Record<string, string>> = { ' ': '☐', '*': '☑', x: '☒', '>': '▷' };
/** Subsections that hold the writer's working notes rather than the story. */
const WORK_NOTES = /^(?:research|notes?|ideas|to ?do|outline|cuts|questions|references|sources|notes to self)$/iu;

/** Zim's inline markup: `**bold**`, `//italic//`, `__highlight__`; `''verbatim''` and `~~strike~~` as text; links as their words; images dropped. */
export function zimInline(text: string): string {
  let t = text
    .replace(/\{\{[^}]*\}\}/g, '')
    .replace(/\[\[(?:[^\]|]*\|)([^\]]*)\]\]/g, '$1')
    .replace(/\[\[([^\]]*)\]\]/g, '$1');
  t = delimit(t, "''", null);
  t = delimit(t, '~~', null);
  t = delimit(t, '**', STRONG);
  t = delimit(t, '//', EM);
  return delimit(t, '__', EM);
}

/**
 * A page of the Zim desktop wiki as stored in the notebook folder: its `Content-Type:`/`Wiki-Format:` file
 * header (not story text), the `======` page title and the `Created …` line under it, `@tags`, bold-labelled
 * particulars (`**Author:** …`), headings whose level rises with the count of `=`, `[ ]`/`[*]` checkboxes
 * kept as boxes with their words. A lower subsection titled as working notes (`==== Research ====`) is the
 * writer's note, not story text.
 */
export function readZim(text: string, sink: DiagnosticSink): MarkupRead {
  const meta = emptyMeta();
  const out = new BlockCollector(sink, zimInline);
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length && FILE_HEADER.test(lines[i]!)) i++;
  if (i > 0) sink.info('zim-header', 1, "Zim's file header left out", { endLine: i });
  let chapterDepth: number | null = null;
  const closing: Note[] = [];
  // Whether a story paragraph has been read yet, each block looked at once.
  let storyBegun = false;
  let looked = 0;
  const begun = (): boolean => {
    for (; looked < out.blocks.length && !storyBegun; looked++) storyBegun = out.blocks[looked]!.type === 'paragraph';
    return storyBegun;
  };
  for (; i < lines.length; i++) {
    const n = i + 1;
    const line = lines[i]!.trim();
    if (line === '') {
      out.end();
      continue;
    }
    const heading = EQUALS_HEADING.exec(line);
    if (heading) {
      const depth = 7 - heading[1]!.length;
      const title = unmark(zimInline(heading[2]!));
      if (depth === 1 && meta.title === null && out.blocks.length === 0 && !out.open) {
        meta.title = title;
        sink.info('zim-title', n, `"${title}" read as the page's title`);
        if (CREATED.test(lines[i + 1]?.trim() ?? '')) {
          i++;
          sink.info('zim-created', i + 1, "the page's creation date left out of the story text");
        }
        continue;
      }
      if (chapterDepth !== null && depth > chapterDepth && WORK_NOTES.test(title)) {
        const end = sectionEnd(lines, i, depth);
        const inner = new BlockCollector(sink, zimInline, true);
        for (let k = i + 1; k < end; k++) {
          const l = lines[k]!.trim().replace(/^[*•]\s+/, '');
          if (l === '') inner.end();
          else {
            inner.end();
            inner.line(l, k + 1);
          }
        }
        // At the foot of the page the working notes are about the whole story; between chapters, about the one above.
        const atFoot = end === lines.length;
        const into = atFoot ? new BlockCollector(sink, zimInline) : out;
        into.container(null, inner, n, end, `subsection "${title}"`, title);
        if (atFoot) closing.push(...into.blocks.filter((b): b is Note => b.type === 'note'));
        i = end - 1;
        continue;
      }
      chapterDepth ??= depth;
      out.heading(depth, heading[2]!, n);
      continue;
    }
    // Particulars stand under the title, before any chapter or story paragraph: a `**Maren:** …` line of dialogue later is text.
    if (chapterDepth === null && !out.open && !begun()) {
      if (TAGS.test(line)) {
        setHeaderField(meta, 'tags', line.split(/\s+/).map((t) => t.slice(1)).join(', '));
        continue;
      }
      const field = BOLD_FIELD.exec(line);
      if (field) {
        const [, key, value] = field;
        const plain = unmark(zimInline(value!));
        setHeaderField(meta, key!, plain);
        if (SUMMARY_KEYS.test(key!) && meta.description === null) meta.description = plain;
        continue;
      }
    }
    if (!out.open && isSceneBreak(line)) {
      out.sceneBreak(line, n);
      continue;
    }
    const box = CHECKBOX.exec(line);
    const bullet = /^(?:[*•]|\d+[.)]|[a-z][.)])\s+/.exec(line);
    if (box || bullet) {
      out.end();
      out.line(box ? `${BOXES[box[1]!]} ${line.slice(box[0].length)}` : line.replace(/^[*•]\s+/, ''), n);
      out.end();
      continue;
    }
    out.line(line, n);
  }
  out.end();
  return { meta, blocks: out.blocks, closing };
}

/** The line after a subsection: the next heading of its level or above, or the end of the text. */
function sectionEnd(lines: readonly string[], from: number, depth: number): number {
  for (let k = from + 1; k < lines.length; k++) {
    const h = EQUALS_HEADING.exec(lines[k]!.trim());
    if (h && 7 - h[1]!.length <= depth) return k;
  }
  return lines.length;
}
