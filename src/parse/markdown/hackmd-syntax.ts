import type { DiagnosticSink } from '../../diagnostics.js';

/**
 * HackMD's (and CodiMD's, HedgeDoc's) Markdown, read as plain CommonMark would not: the writer's stamp under the title
 * (`> [name=NAME] [time=…] [color=…]`, naming the author), a collaborator's comment in the text (`> [name=NAME] text`,
 * never the story's), `:::spoiler TITLE` boxes (a plan folded away), `==highlight==` and the `###### tags:` line. The
 * `:::info` fences round a note are pandoc's fenced divs to the reading after this one. Each line keeps its number.
 */
const TAG_SOURCE = String.raw`\[(?:name|time|color)=[^\]]*\]`;
const TAG = new RegExp(TAG_SOURCE, 'g');
const STAMP = new RegExp(String.raw`^\s{0,3}>\s*(?:${TAG_SOURCE}\s*)+$`);
const COMMENT = /^\s{0,3}>\s*\[name=[^\]]*\]\s*\S/;
const SPOILER = /^\s{0,3}:{3,}\s*spoiler\b/i;
/** A fence that ends a spoiler box (`:::`, or the next box's opening). */
const FENCE = /^\s{0,3}:{3,}\s*(?:info|success|warning|danger)?\s*$/i;
const TAGS_LINE = /^#{1,6}\s+tags:\s/i;

export interface HackmdRead {
  text: string;
  /** From the stamp under the title. */
  author: string | null;
}

export function readHackmdSyntax(source: string, sink: DiagnosticSink): HackmdRead {
  if (!/\[name=|^\s{0,3}:{3,}\s*(?:info|success|warning|danger|spoiler)\b|^#{1,6}\s+tags:/im.test(source)) return { text: source, author: null };
  const lines = source.split('\n');
  let author: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (STAMP.test(line)) {
      author ??= /\[name=([^\]]+)\]/.exec(line)?.[1]?.trim() ?? null;
      lines[i] = '';
      continue;
    }
    if (COMMENT.test(line)) {
      sink.info('md-hackmd-comment', i + 1, "a collaborator's comment in the text ([name=…]) left out of the story");
      for (let k = i; k < lines.length && /^\s{0,3}>/.test(lines[k]!); k++) lines[k] = '';
      continue;
    }
    if (SPOILER.test(line)) {
      let k = i + 1;
      while (k < lines.length && !FENCE.test(lines[k]!)) k++;
      sink.info('md-hackmd-spoiler', i + 1, 'a folded spoiler box (:::spoiler) left out of the story', { endLine: Math.min(k, lines.length - 1) + 1 });
      for (let j = i; j <= k && j < lines.length; j++) lines[j] = '';
      i = k;
      continue;
    }
    if (TAGS_LINE.test(line)) {
      lines[i] = '';
      continue;
    }
    lines[i] = line.replace(TAG, '').replace(/==([^=\n]+)==/g, '$1');
  }
  return { text: lines.join('\n'), author };
}
