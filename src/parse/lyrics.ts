import type { DiagnosticSink } from '../diagnostics.js';
import { matchHeading } from './rules/headings.js';
import { isClosingLine } from './rules/markers.js';
import { Narration } from './narration.js';
import { SENTENCE_END } from './subtitles.js';

/**
 * A timed-lyrics file (LRC) of a narrated story, as music players and lyrics downloaders write it for an audio
 * book's or a story podcast's track: ID tags (`[ti:Title]`, `[ar:Narrator]`, `[al:Album]`, `[by:who timed it]`),
 * then every line of the narration behind one or more time stamps (`[01:05.70]text`, `[00:00.000] text`), pauses
 * as stamps with nothing after them. Read back into the plain text the narrator read, the stamps off, and the
 * ID tags as the file's fields (the title and author tags as the text's `Title:` and `Author:` lines, since the
 * others' short lower-case keys, `by:` above all, would read as a by-line in text); the lines of one breath joined into a paragraph (a pause, or
 * where no pauses are marked a sentence's end, closes it), a chapter announcement on a line of its own, and the
 * narrator's thanks and credits after the closing line (`The End`, `تامام`) left out. The plain-text reader then
 * finds the by-line and the chapters as in any story.
 */

const STAMPS = /^(?:\[\d{1,3}:\d{2}(?:[.:]\d{1,3})?\]\s*)+/;
/** An ID tag: `[ti:…]`, `[offset:+250]`, `[#:comment]`; never a time stamp. */
const ID_TAG = /^\[([a-z#][a-z]{0,7}):([^\]]*)\]\s*$/i;
/** A word's own stamp inside a line (enhanced LRC): `<00:12.34>`. */
const WORD_STAMP = /<\d{1,3}:\d{2}(?:[.:]\d{1,3})?>\s*/g;
/** NetEase and QQ Music set their credit labels off with spaces: `作词 : NAME`. */
const SPACED_LABEL = /^([^:：\s][^:：]{0,20}?)\s+[:：]\s*(\S.*)$/u;

/** Whether a text is an LRC file: most of its first lines behind time stamps. */
export function isLyrics(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, '').slice(0, 4000).split(/\r\n?|\n/).map((l) => l.trim()).filter(Boolean);
  const stamped = lines.filter((l) => STAMPS.test(l)).length;
  return stamped >= 5 && stamped + lines.filter((l) => ID_TAG.test(l)).length >= lines.length * 0.8;
}

/** The ID tags that are the header's own lines: the story's title and writer. */
const HEADER_TAGS: Record<string, string> = { ti: 'Title', au: 'Author' };

/** The story an LRC file narrates, as plain text, and its ID tags as fields. */
export function lyricsText(text: string, sink: DiagnosticSink): { text: string; fields: Record<string, string> } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const pauses = lines.some((l) => STAMPS.test(l.trim()) && l.trim().replace(STAMPS, '') === '');
  const narration = new Narration();
  const fields: Record<string, string> = {};
  /** The track's cards (title, credits) open it, each its own line, up to its first chapter or pause. */
  let cards = true;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const tag = ID_TAG.exec(line);
    if (tag) {
      const value = tag[2]!.trim();
      const header = HEADER_TAGS[tag[1]!.toLowerCase()];
      if (header && value !== '') narration.lines(`${header}: ${value}`);
      else if (value !== '') fields[tag[1]!] = value;
      return;
    }
    if (!STAMPS.test(line)) return;
    const words = line.replace(STAMPS, '').replace(WORD_STAMP, '').trim();
    if (words === '') {
      narration.pause();
      if (narration.pieces > 0) cards = false;
      return;
    }
    narration.pieces++;
    const heading = matchHeading(words);
    if (heading && heading.level !== 'section' && words.length <= 60) {
      cards = false;
      narration.lines('', words, '');
    } else if (isClosingLine(words)) narration.close(words, index + 1);
    else if (cards) narration.lines(words.replace(SPACED_LABEL, '$1: $2'));
    else {
      narration.add(words);
      if (!pauses && SENTENCE_END.test(words)) narration.endParagraph();
    }
  });
  const { text: narrated, credits } = narration.finish();
  sink.info('lyrics', 1, `read as a timed-lyrics (LRC) file: ${narration.pieces} timed line(s), their stamps off; ID tags ${Object.keys(fields).join(', ') || 'none'} kept as fields`);
  if (credits) sink.info('lyrics-credits', credits.line, `the ${credits.pieces} line(s) after the closing line (thanks, credits) left out`);
  return { text: narrated, fields };
}
