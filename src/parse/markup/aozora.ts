import type { DiagnosticSink } from '../../diagnostics.js';
import { emptyMeta } from '../section-blocks.js';
import { BlockCollector, EM } from './markup-blocks.js';
import { setHeaderField, type MarkupRead } from './read-result.js';

/** `［＃…］`: an annotation of the Aozora Bunko format (headings, page breaks, indents, emphasis dots). */
const NOTE = /［＃([^］]*)］/gu;
/** `［＃「一」は中見出し］` after the text, or `［＃中見出し］一［＃中見出し終わり］` around it. */
const HEADING_AFTER = /^(.*?)［＃「[^」]*」は(大|中|小)見出し］\s*$/u;
const HEADING_AROUND = /［＃(大|中|小)見出し］(.*?)［＃\1見出し終わり］/u;
const DEPTH: Readonly<Record<string, number>> = { 大: 1, 中: 2, 小: 3 };
/** Block annotations that only set the page: page turns, indents, alignment, type size. */
const LAYOUT_ONLY = /^(?:［＃[^］]*］\s*)+$/u;
const SMALL_START = /［＃ここから[^］]*小さな文字］/u;
const SMALL_END = /［＃ここで小さな文字終わり］/u;
const RULE = /［＃区切り線］/u;
/** The legend of symbols a file opens with, between two rules of dashes. */
const DASHES = /^-{10,}$/;
const COLOPHON = /^(?:底本[：:]|入力[：:]|校正[：:]|このファイルは、インターネットの図書館)/u;
const SYNOPSIS = /^(?:あらすじ|紹介文|概要)[：:]?$/u;
const FIELD = /^([^\s：:]{1,10})[：:]\s*(.*)$/u;

/** Ruby readings and inline annotations off; emphasis dots (`傍点`) as emphasis. */
function aozoraInline(text: string): string {
  return text
    .replace(/｜([^《｜]+)《[^》]*》/gu, '$1')
    .replace(/《[^》]*》/gu, '')
    .replace(/([^［]*?)［＃「([^」]+)」に傍点］/gu, (_, before: string, dotted: string) => (before.endsWith(dotted) ? `${before.slice(0, -dotted.length)}${EM.open}${dotted}${EM.close}` : before))
    .replace(NOTE, '')
    .trim();
}

/**
 * A text in the Aozora Bunko format, as 青空文庫 and the web-novel sites' downloads write it: the title and
 * the author on the first two lines, a legend of symbols between rules of dashes, `［＃…］` annotations
 * (headings by size: 大 parts, 中 chapters, 小 sections; page breaks and indents, which only set the page),
 * ruby readings in `《》`, one paragraph per line, small type set apart for the author's notes, and the
 * edition's colophon (`底本：`) at the end.
 */
export function readAozora(text: string, sink: DiagnosticSink): MarkupRead {
  const meta = emptyMeta();
  meta.language = 'ja';
  const out = new BlockCollector(sink, (t) => aozoraInline(t));
  const lines = text.split('\n');
  let i = 0;
  // Title and author: the first lines, before any annotation or blank line.
  const head: string[] = [];
  for (; i < lines.length && head.length < 3; i++) {
    const t = lines[i]!.trim();
    if (t === '' || t.startsWith('［＃') || DASHES.test(t)) break;
    head.push(aozoraInline(t));
  }
  if (head[0]) setHeaderField(meta, 'title', head[0]);
  if (head[1]) setHeaderField(meta, 'author', head[1]);
  let small: { note: BlockCollector; from: number } | null = null;
  for (; i < lines.length; i++) {
    const n = i + 1;
    const line = lines[i]!.trim();
    if (DASHES.test(line)) {
      const close = lines.findIndex((l, k) => k > i && DASHES.test(l.trim()));
      if (close !== -1 && lines.slice(i, close).some((l) => l.includes('【テキスト中に現れる記号について】'))) {
        sink.info('aozora-legend', n, 'the legend of symbols is the edition\'s, left out of the body', { endLine: close + 1 });
        i = close;
        continue;
      }
    }
    if (COLOPHON.test(line)) {
      out.end();
      sink.info('aozora-colophon', n, 'the colophon (底本, 入力, 校正) is the edition\'s, left out of the body', { endLine: lines.length });
      break;
    }
    if (SMALL_START.test(line)) {
      out.end();
      small = { note: new BlockCollector(sink, (t) => aozoraInline(t), true), from: n };
      continue;
    }
    if (small && SMALL_END.test(line)) {
      small.note.end();
      const paragraphs = small.note.blocks.filter((b) => b.type === 'paragraph');
      if (paragraphs.length > 0) {
        out.end();
        out.blocks.push({ type: 'note', label: '作者より', place: 'inline', children: paragraphs, position: { start: { line: small.from, column: 1 }, end: { line: n, column: 1 } } });
        sink.info('aozora-note', small.from, 'text set in small type read as the author\'s note');
      }
      small = null;
      continue;
    }
    const target = small ? small.note : out;
    if (line === '') {
      target.end();
      continue;
    }
    const around = HEADING_AROUND.exec(line);
    const after = around ? null : HEADING_AFTER.exec(line);
    if (around || after) {
      const depth = DEPTH[(around ? around[1] : after![2]) ?? '中'] ?? 2;
      out.heading(depth, aozoraInline(around ? around[2]! : after![1]!), n);
      continue;
    }
    if (RULE.test(line) && LAYOUT_ONLY.test(line)) {
      out.sceneBreak(line, n);
      continue;
    }
    if (LAYOUT_ONLY.test(line)) continue;
    // Before the first heading, a synopsis label and `Key: value` lines are the header.
    if (!out.blocks.some((b) => b.type === 'mdHeading') && !small) {
      if (SYNOPSIS.test(line)) {
        const body: string[] = [];
        for (let k = i + 1; k < lines.length && lines[k]!.trim() !== '' && !lines[k]!.includes('［＃'); k++, i++) body.push(aozoraInline(lines[k]!));
        if (body.length > 0) setHeaderField(meta, 'description', body.join(''));
        continue;
      }
      const field = FIELD.exec(line);
      if (field && field[2] !== undefined) {
        const value = field[2] !== '' ? field[2] : aozoraInline(lines[i + 1] ?? '');
        setHeaderField(meta, field[1]!, value);
        if (field[2] === '') i++;
        continue;
      }
      // A site's notice in brackets (`（この作品は、「小説家になろう」で掲載中です）`).
      if (/^[（(].*[）)]$/u.test(aozoraInline(line))) continue;
    }
    // One paragraph per line.
    target.line(line, n);
    target.end();
  }
  out.end();
  return { meta, blocks: out.blocks };
}
