import type { DiagnosticSink } from '../diagnostics.js';
import type { ArchiveFrame } from './archive.js';
import type { Line } from './lines.js';
import { META_KEYS, matchFieldLine } from './rules/fields.js';
import { matchHeading } from './rules/headings.js';

/** Fields the story's header names, again over a later post: two of them at least, on consecutive lines. */
const MIN_REPEATED = 2;

/**
 * A serial copied post by post repeats each post's header fields over its text (Tumblr's `word count: 900ish` /
 * `warnings: none` under part two's title): a run of lines whose labels the story's header already used, two or
 * more, right under a heading, is that post's header, not its story. The header's values stay the story's; the later ones are left out.
 */
export function skipRepeatedHeaderFields(lines: readonly Line[], frame: ArchiveFrame, sink: DiagnosticSink): void {
  const keys = new Set(Object.keys(frame.fields).map((k) => k.toLowerCase()));
  if (keys.size < MIN_REPEATED) return;
  // The repeated field's key, or null.
  const repeated = (i: number): string | null => {
    const line = lines[i];
    if (!line || line.blank || frame.skip.has(i)) return null;
    const key = matchFieldLine(line.trimmed)?.key.toLowerCase();
    return key !== undefined && keys.has(key) ? key : null;
  };
  for (let i = frame.from; i < frame.to; i++) {
    let end = i;
    // An entry whose header names its own title or writer (a blog export's `TITLE:`, a mail's `Subject:`) is read by the
    // readers of those formats: its title heads the chapter.
    let own = false;
    for (let key = repeated(end); end < frame.to && key !== null; key = repeated(++end)) own ||= META_KEYS[key] === 'title' || META_KEYS[key] === 'author';
    if (end - i >= MIN_REPEATED && !own && underHeading(lines, frame, i)) {
      for (let k = i; k < end; k++) frame.skip.add(k);
      sink.info('header-fields-repeated', lines[i]!.no, `${end - i} header fields the story's header already gave, over a later post: left out of the body`);
    }
    i = end;
  }
}

/** The run stands under a post's heading (the part's title line), a blank line between at most: not inside a post. */
function underHeading(lines: readonly Line[], frame: ArchiveFrame, i: number): boolean {
  let k = i - 1;
  while (k >= frame.from && k >= i - 2 && lines[k]!.blank) k--;
  return k >= frame.from && (frame.lineHeadings.has(k) || frame.pageHeadings.has(k) || matchHeading(lines[k]!.trimmed) !== null);
}
