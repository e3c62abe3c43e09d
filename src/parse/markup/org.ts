import type { DiagnosticSink } from '../../diagnostics.js';
import { emptyMeta } from '../section-blocks.js';
import { BlockCollector, BREAK, delimit, EM, STRONG } from './markup-blocks.js';
import { lineFinder } from './find-line.js';
import { setHeaderField, type MarkupRead } from './read-result.js';

/** `#+KEY: value` lines that describe the story; others (`#+OPTIONS:`, `#+STARTUP:`) are export settings. */
const STORY_KEYWORDS = new Set(['title', 'subtitle', 'author', 'email', 'date', 'description', 'keywords', 'language', 'filetags', 'category', 'creator']);
const KEYWORD = /^#\+([A-Za-z_]+):\s*(.*)$/;
const HEADLINE = /^(\*+)\s+(?:(TODO|DONE|NEXT|WAITING|HOLD|CANCELLED|CANCELED|DRAFT|REVISE)\s+)?(?:\[#[A-Z0-9]\]\s+)?(.*?)(?:\s+(:[\p{L}\p{N}_@#%:]+:))?\s*$/u;
const BLOCK_BEGIN = /^#\+begin_(\w+)(?:\s+(.*))?$/i;
const DRAWER = /^:([\w-]+):\s*$/;
const PLANNING = /^(?:SCHEDULED|DEADLINE|CLOSED):/;
const COMMENT = /^#(?:\s|$)/;
const RULE = /^-{5,}$/;
const LIST_ITEM = /^(?:[-+]|\d+[.)])\s+/;

/** Org inline markup to emphasis marks: `*bold*`, `/italic/`, `_underline_`; `=verbatim=`, `~code~`, `+strike+` as text; links as their words. */
export function orgInline(text: string): string {
  let t = text.replace(/\[\[(?:[^\]]*)\]\[([^\]]*)\]\]/g, '$1').replace(/\[\[([^\]]*)\]\]/g, '$1');
  t = t.replace(/\\\\\s*$/gm, BREAK);
  for (const d of ['=', '~', '+']) t = delimit(t, d, null);
  t = delimit(t, '*', STRONG);
  t = delimit(t, '/', EM);
  return delimit(t, '_', EM);
}

/**
 * An Emacs Org-mode manuscript: `#+TITLE:`/`#+AUTHOR:` header, `*`
 * headlines by depth (TODO keywords, priorities and tags taken off),
 * property drawers (the file's own become fields), `#+BEGIN_QUOTE` blocks
 * (a note when labelled), `-----` rules as scene breaks.
 */
export function readOrg(text: string, sink: DiagnosticSink): MarkupRead {
  const meta = emptyMeta();
  const out = new BlockCollector(sink, orgInline);
  const lines = text.split('\n');
  const find = lineFinder(lines);
  let seenHeadline = false;
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const raw = lines[i]!.replace(/\s+$/, '');
    const line = raw.trim();
    if (line === '') {
      out.end();
      continue;
    }
    const keyword = KEYWORD.exec(line);
    if (keyword) {
      out.end();
      const key = keyword[1]!;
      if (STORY_KEYWORDS.has(key.toLowerCase())) setHeaderField(meta, key, /^filetags$/i.test(key) ? keyword[2]!.split(':').filter(Boolean).join(', ') : keyword[2]!);
      else sink.info('org-setting', n, `export setting #+${key} dropped`);
      continue;
    }
    const begin = BLOCK_BEGIN.exec(line);
    if (begin) {
      const kind = begin[1]!.toLowerCase();
      const closer = new RegExp(`^\\s*#\\+end_${kind}\\s*$`, 'i');
      const end = find(kind, i + 1, (l) => closer.test(l));
      const stop = end === -1 ? lines.length : end;
      if (end === -1) sink.warn('org-block', n, `#+BEGIN_${begin[1]} has no #+END_${begin[1]}; read to the end of the file`);
      const body = lines.slice(i + 1, stop);
      if (kind === 'comment') sink.info('org-comment', n, 'comment block dropped', { endLine: stop + 1 });
      else if (kind === 'src' || kind === 'example' || kind === 'export') {
        out.end();
        body.forEach((l, k) => out.line(l, i + 2 + k, BREAK));
        out.end();
      } else {
        const inner = new BlockCollector(sink, orgInline, true);
        body.forEach((l, k) => (l.trim() === '' ? inner.end() : inner.line(l.trim(), i + 2 + k, kind === 'verse' ? BREAK : ' ')));
        out.container(kind === 'note' || kind === 'quote' ? (begin[2]?.trim() || null) : null, inner, n, stop + 1, `#+BEGIN_${begin[1]} block`, kind === 'note' ? 'Note' : null);
      }
      i = stop;
      continue;
    }
    const drawer = DRAWER.exec(line);
    if (drawer && drawer[1]!.toUpperCase() !== 'END') {
      const end = find(':END:', i + 1, (l) => /^\s*:END:\s*$/i.test(l));
      if (end !== -1) {
        out.end();
        const props = lines.slice(i + 1, end).map((l) => /^\s*:([\w-]+):\s*(.*)$/.exec(l)).filter((m) => m !== null);
        if (!seenHeadline && drawer[1]!.toUpperCase() === 'PROPERTIES') for (const p of props) setHeaderField(meta, p[1]!, p[2]!);
        else sink.info('org-drawer', n, `:${drawer[1]}: drawer dropped (${props.map((p) => p[1]).join(', ') || 'empty'})`, { endLine: end + 1 });
        i = end;
        continue;
      }
    }
    if (COMMENT.test(line) || PLANNING.test(line)) {
      out.end();
      sink.info('org-comment', n, COMMENT.test(line) ? 'comment line dropped' : 'planning line dropped');
      continue;
    }
    const headline = /^\*/.test(raw) ? HEADLINE.exec(raw) : null;
    if (headline && /[\p{L}\p{N}]/u.test(headline[3]!)) {
      seenHeadline = true;
      if (headline[2] || headline[4]) sink.info('org-headline', n, `headline keyword or tags dropped (${[headline[2], headline[4]].filter(Boolean).join(' ')})`);
      out.heading(headline[1]!.length, headline[3]!, n);
      continue;
    }
    if (RULE.test(line) || /^\*(?:\s*\*){2,}$/.test(line)) {
      out.sceneBreak(line, n);
      continue;
    }
    if (LIST_ITEM.test(line)) out.end();
    out.line(line.replace(/^[-+]\s+/, ''), n);
  }
  out.end();
  return { meta, blocks: out.blocks };
}
