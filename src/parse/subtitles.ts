import type { DiagnosticSink } from '../diagnostics.js';
import { matchHeading } from './rules/headings.js';
import { isClosingLine } from './rules/markers.js';
import { Narration } from './narration.js';
import { decodeEntities } from './markup-entities.js';

/**
 * A subtitle file of a narrated story (SubRip `.srt`, WebVTT `.vtt`, often saved as `.txt`): numbered cues
 * with timings, the narration split into short cues mid-sentence, title and chapter cards, sound cues. Read
 * back into the plain text the narrator read: the timings and numbers off, sound cues (`[OLAS]`, `♪ ♪`) and
 * the cues' tags left out, a chapter card on a line of its own (`CAPÍTULO I: La aguja`), the cues of a
 * sentence joined into paragraphs, and the credits after the closing card (`FIN`) left out. The plain-text
 * reader then finds the title, the by-line and the chapters as in any story.
 */

const TIMING = /^(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{3}\s+-->\s+(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{3}(?:\s.*)?$/;
/** A cue that is only a sound or music: `[OLAS]`, `(thunder)`, `♪ ♪ ♪`. */
const SOUND = /^(?:\[[^\]]*\]|\([^)]*\)|[♪♫#\s]+|[♪♫].*[♪♫])$/u;
/** A cue's end that ends a sentence, so the next cue opens a paragraph. */
export const SENTENCE_END = /[.!?…。！？]["»”’)]*$/u;
/** A channel's card over the title: `CUENTOS DE MEDIANOCHE presenta`, `Lantern Audio presents`. */
const PRESENTS = /^.{1,60}\s(?:presents|presenta|présente|präsentiert|apresenta|presenteert|presenterar|presenterer|przedstawia|представляет)[.:]?$/iu;
/** A card's line that is a label and its value: `Narrated by: …`, `글: 윤서하`. */
const CARD_FIELD = /^[\p{L}][\p{L}\p{M} ]{0,20}\s?[:：]\s*\S/u;
/** WebVTT's blocks that are not cues. */
const VTT_BLOCK = /^(?:WEBVTT\b|NOTE\b|STYLE\b|REGION\b)/;

/** Whether a text is a subtitle file: a WebVTT header, SAMI's root, MicroDVD's or MPL2's lines, or SubRip's numbered cues with timings. */
export function isSubtitles(text: string): boolean {
  const head = text.replace(/^\uFEFF/, '').slice(0, 4000).replace(/\r/g, '');
  if (/^WEBVTT\b/.test(head) || isSami(head) || isFramed(head)) return true;
  return (head.match(/^\d{1,6}\n(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{3}\s+-->/gm) ?? []).length >= 3;
}

const isSami = (head: string): boolean => /^\s*<SAMI>/i.test(head) && /<SYNC\b/i.test(head);

/** A time in milliseconds as SubRip writes it: `00:01:05,700`. */
const time = (ms: number): string => new Date(Math.round(ms)).toISOString().slice(11, 23).replace('.', ',');

/**
 * SAMI (`.smi`, Korean and Windows Media captions) as SubRip: each `<SYNC Start=ms>` a cue lasting to the next,
 * `<br>` its line breaks, a cue of `&nbsp;` only a pause, and `<HEAD>` (its `<TITLE>` is the video's) left out.
 */
function samiAsSubRip(text: string): string {
  const body = text.slice(Math.max(0, text.search(/<BODY\b/i)));
  const syncs = [...body.matchAll(/<SYNC\b[^>]*?Start\s*=\s*["']?(\d+)[^>]*>/gi)];
  return syncs
    .map((m, k) => {
      const end = syncs[k + 1]?.index ?? body.length;
      const lines = body
        .slice(m.index + m[0].length, end)
        .replace(/<br\s*\/?>/gi, '\n')
        .replace(/<[^>]*>/g, '')
        .replace(/&nbsp;/gi, ' ')
        .split('\n')
        .map((l) => decodeEntities(l).trim())
        .filter(Boolean);
      const start = Number(m[1]);
      return lines.length === 0 ? '' : `${k + 1}\n${time(start)} --> ${time(Number(syncs[k + 1]?.[1] ?? start + 2000))}\n${lines.join('\n')}\n`;
    })
    .filter(Boolean)
    .join('\n');
}

/** MicroDVD's `{812}{905}text` (frames) and MPL2's `[81][90]text` (tenths of a second), a cue a line. */
const FRAMED = /^(?:\{(\d+)\}\{(\d*)\}|\[(\d+)\]\[(\d*)\])(.*)$/;
const isFramed = (head: string): boolean => {
  const lines = head.split('\n').filter((l) => l.trim() !== '');
  return lines.length >= 5 && lines.filter((l) => FRAMED.test(l.trim())).length >= lines.length * 0.8;
};

/**
 * MicroDVD and MPL2 as SubRip: `|` the cue's line breaks, `/` at a line's start its italics, the style codes
 * (`{y:i}`, `{Y:b}`, `{c:$0000ff}`) off, a bold cue's lines kept bold; MicroDVD's first cue of only a number is
 * the frame rate (`{1}{1}25.000`), not words.
 */
function framedAsSubRip(text: string): string {
  const lines = text.split('\n').map((l) => FRAMED.exec(l.trim())).filter((m) => m !== null);
  const rate = lines[0] && lines[0][1] !== undefined && /^\d+(?:\.\d+)?$/.test(lines[0][5]!.trim()) ? Number(lines[0][5]) : 25;
  return lines
    .map((m, k) => {
      const frames = m[1] !== undefined;
      const [from, to] = frames ? [Number(m[1]) * (1000 / rate), Number(m[2] || m[1]) * (1000 / rate)] : [Number(m[3]) * 100, Number(m[4] || m[3]) * 100];
      const codes = /^(?:\{[A-Za-z]:[^}]*\})*/.exec(m[5]!)![0];
      const bold = /\{[yY]:[^}]*b/.test(codes);
      const cue = m[5]!.slice(codes.length).split('|').map((l) => l.replace(/\{[A-Za-z]:[^}]*\}/g, '').replace(/^\s*\//, '').trim()).filter(Boolean);
      if (cue.length === 0 || (frames && k === 0 && /^\d+(?:\.\d+)?$/.test(cue.join('')))) return '';
      return `${k + 1}\n${time(from)} --> ${time(to)}\n${cue.map((l) => (bold ? `<b>${l}</b>` : l)).join('\n')}\n`;
    })
    .filter(Boolean)
    .join('\n');
}

/** A cue's text without its markup: `<i>`, `<v Tom>`, `<c.yellow>`, inline timestamps, ASS's `{\an8}`. */
const untag = (line: string): string => line.replace(/<[^>\n]*>/g, '').replace(/\{\\[^}]*\}/g, '').trim();

/** The story a subtitle file narrates, as plain text. */
export function subtitleText(text: string, sink: DiagnosticSink): string {
  const unix = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const head = unix.slice(0, 4000);
  const lines = (isSami(head) ? samiAsSubRip(unix) : isFramed(head) ? framedAsSubRip(unix) : unix).split('\n');
  // Where the chapter cards are set in bold, a cue in plain type is never one (`Rozdział drugi.|O parowozach…`, said).
  const boldCards = lines.some((l) => /^<b>/i.test(l) && matchHeading(untag(l)) !== null);
  const narration = new Narration();
  let chaptered = false;
  let sounds = 0;
  for (let i = 0; i < lines.length; ) {
    // One block: the lines up to a blank one.
    let end = i;
    while (end < lines.length && lines[end]!.trim() !== '') end++;
    const block = lines.slice(i, end).map((l) => l.trim());
    const start = i;
    i = end + 1;
    if (block.length === 0) continue;
    if (VTT_BLOCK.test(block[0]!)) {
      // The header's and a NOTE's labelled lines (`Kind: captions`, `Title: Low Water`) are the file's header;
      // a STYLE or REGION block is the player's.
      const fields = /^(?:WEBVTT|NOTE)\b/.test(block[0]!) ? block.slice(1).filter((l) => /^[\p{L}][\p{L} ]{0,30}:\s+\S/u.test(l)) : [];
      if (fields.length > 0) narration.lines(...fields, '');
      continue;
    }
    const timing = block.findIndex((l) => TIMING.test(l));
    if (timing < 0 || timing > 1) continue;
    narration.pieces++;
    const bold = /^<b>/i.test(block[timing + 1] ?? '');
    const cue = block.slice(timing + 1).map(untag).filter(Boolean);
    const whole = cue.join(' ');
    if (whole === '') continue;
    if (SOUND.test(whole)) {
      sounds++;
      continue;
    }
    if (!chaptered && PRESENTS.test(whole)) {
      sink.info('subtitle-presenter', start + 1, `the channel's card "${whole}" is not the title`);
      continue;
    }
    const heading = matchHeading(cue[0]!);
    if (heading && heading.level !== 'section' && cue.length <= 3 && (bold || !boldCards)) {
      // A chapter card: the label, and the title on its next line.
      chaptered = true;
      narration.lines(cue.length === 1 ? cue[0]! : `${cue[0]!.replace(/[:.]$/, '')}: ${cue.slice(1).join(' ')}`, '');
      continue;
    }
    if (isClosingLine(whole)) {
      narration.close(whole, start + 1);
      continue;
    }
    // A credit card's lines are each a label's (`글: NAME` / `낭독: NAME`, written by / read by): each its own line;
    // a label alone on the card's first line has its value on the next (`Synchro do wersji:` / `Film.2012.DVDRip`).
    if (!chaptered && cue.length === 2 && /^[\p{L}][\p{L}\p{M} ]{0,30}:$/u.test(cue[0]!)) {
      narration.lines(`${cue[0]} ${cue[1]}`, '');
      continue;
    }
    if (!chaptered && cue.length > 1 && cue.every((l) => CARD_FIELD.test(l))) {
      narration.lines(...cue, '');
      continue;
    }
    // A cue shaped as a heading that is no card (`Rozdział drugi.`, read aloud from a book) goes on the paragraph
    // before it, or it would be read as one.
    if (heading !== null && chaptered) narration.append(whole);
    else narration.add(whole);
    // Before the first chapter card the cues are cards (channel, title, credit), each its own line.
    if (SENTENCE_END.test(whole) || !chaptered) narration.endParagraph();
  }
  // After the closing card come a few cues of the channel's thanks and the subtitler's credit.
  const { text: narrated, credits } = narration.finish();
  sink.info('subtitles', 1, `read as a subtitle file: ${narration.pieces} cues, their timings and numbers off, the narration joined into paragraphs`);
  if (sounds > 0) sink.info('subtitle-sounds', 1, `${sounds} sound or music cue(s) left out`);
  if (credits) sink.info('subtitle-credits', credits.line, `the ${credits.pieces} cue(s) after the closing card (thanks, credits) left out`);
  return narrated;
}
