import type { DiagnosticSink } from '../../diagnostics.js';
import { matchHeading } from '../rules/headings.js';
import { isClosingLine } from '../rules/markers.js';
import { emptyMeta } from '../section-blocks.js';
import { SENTENCE_END } from '../subtitles.js';
import { BlockCollector, EM, labelledNote, paragraphOf, STRONG, unmark } from './markup-blocks.js';
import { setHeaderField, type MarkupRead } from './read-result.js';

/**
 * A SubStation Alpha or Advanced SubStation Alpha script (`.ssa`, `.ass`, as Aegisub saves it), often shared
 * as `.txt`: the `[Script Info]` section is the header (`Title`, `Original Script` the author), the styles say
 * which events are what, the `[Events]` hold the text. The narration is what the `Dialogue` events show, in
 * the order they are shown, their override tags (`{\fad(300,300)\b1}`) off except italics and bold, `\N`
 * wraps read as spaces, and the events of a sentence joined into paragraphs. An event in a style set larger
 * than the narration's is a card: the title's, or a chapter heading. `Comment` events are never shown: one
 * that opens with a note label is the author's note, the others (a translator's aside, a karaoke template)
 * are left out, as are the few events in other styles after the narration ends (the credits).
 */

/** The line every SubStation script opens with, and the sections it holds. */
export const SUBSTATION_SECTION = /^\[(?:Script Info|V4\+? Styles\+?|Events|Fonts|Graphics|Aegisub Project Garbage|Aegisub Extradata)\]$/i;
/** An event line: `Dialogue: 0,0:00:04.20,0:00:09.80,Narasi,,0,0,0,,Text` (SSA's `Marked=0` first). */
export const SUBSTATION_EVENT = /^(Dialogue|Comment):\s*(?:Marked=)?\d+,\d+:\d{2}:\d{2}[.:]\d{2},\d+:\d{2}:\d{2}[.:]\d{2},/;
/** Script Info values that mean none was given. */
const UNSET = /^(?:<untitled>|<unknown>|Default Aegisub file|untitled|unknown)$/i;
/** A card's font this much larger than the narration's sets it apart as a heading. */
const CARD_SCALE = 1.15;
/** A card holds a few words; an event longer than this is text, whatever its style. */
const CARD_WORDS = 12;
/** At most this many events after the narration's last are its credits; more are still story. */
const CREDIT_EVENTS = 5;

const V4_EVENT_FORMAT = ['layer', 'start', 'end', 'style', 'name', 'marginl', 'marginr', 'marginv', 'effect', 'text'];
const V4_STYLE_FORMAT = ['name', 'fontname', 'fontsize'];

interface SubEvent {
  kind: 'Dialogue' | 'Comment';
  start: number;
  style: string;
  effect: string;
  text: string;
  line: number;
}

/** `H:MM:SS.cc` in hundredths. */
const time = (t: string): number => {
  const [h, m, s] = t.split(':');
  return (Number(h) * 3600 + Number(m) * 60 + Number((s ?? '0').replace(':', '.'))) * 100;
};

/** A line of comma-separated fields by its section's `Format:`; the last field (the text) keeps its commas. */
function fields(value: string, format: readonly string[]): Record<string, string> {
  const parts = value.split(',');
  const out: Record<string, string> = {};
  format.forEach((key, k) => {
    out[key] = (k === format.length - 1 ? parts.slice(k).join(',') : parts[k] ?? '').trim();
  });
  return out;
}

/**
 * An event's text as the viewer reads it: `\i1…\i0` and `\b1…\b0` as emphasis, every other override tag and
 * `{comment}` off, a vector drawing (`{\p1}m 0 0 l …{\p0}`) no words, `\N`, `\n` and `\h` spaces.
 */
export function eventText(text: string): string {
  let drawing = false;
  let out = '';
  for (const part of text.split(/(\{[^{}]*\})/)) {
    if (part.startsWith('{') && part.endsWith('}')) {
      for (const tag of part.slice(1, -1).split('\\').slice(1)) {
        const m = /^(i|b|p)(\d+)?/.exec(tag);
        if (!m) continue;
        const on = Number(m[2] ?? 0) > 0;
        if (m[1] === 'p') drawing = on;
        else out += (m[1] === 'i' ? EM : STRONG)[on ? 'open' : 'close'];
      }
      continue;
    }
    if (!drawing) out += part;
  }
  return out.replace(/\\[Nnh]/g, ' ').replace(/\s+/g, ' ').trim();
}

export function readSubStation(text: string, sink: DiagnosticSink): MarkupRead {
  const meta = emptyMeta();
  const sizes = new Map<string, number>();
  const events: SubEvent[] = [];
  let section = '';
  let styleFormat = V4_STYLE_FORMAT;
  let eventFormat = V4_EVENT_FORMAT;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (line === '' || line.startsWith(';') || line.startsWith('!:')) return;
    const head = /^\[(.+)\]$/.exec(line);
    if (head) {
      section = head[1]!.toLowerCase();
      return;
    }
    const kv = /^([^:]+):\s*(.*)$/.exec(line);
    if (!kv) return;
    const [key, value] = [kv[1]!.trim(), kv[2]!];
    if (section === 'script info') {
      if (UNSET.test(value.trim())) return;
      setHeaderField(meta, key, value);
      if (/^title$/i.test(key)) meta.title ??= value.trim() || null;
      if (/^original script$/i.test(key)) meta.author ??= value.trim() || null;
    } else if (/styles/.test(section)) {
      if (key === 'Format') styleFormat = value.split(',').map((f) => f.trim().toLowerCase());
      else if (key === 'Style') {
        const s = fields(value, styleFormat);
        sizes.set(s.name ?? '', Number(s.fontsize));
      }
    } else if (section === 'events') {
      if (key === 'Format') eventFormat = value.split(',').map((f) => f.trim().toLowerCase());
      else if (key === 'Dialogue' || key === 'Comment') {
        const e = fields(value, eventFormat);
        events.push({ kind: key, start: time(e.start ?? '0:00:00.00'), style: e.style ?? '', effect: e.effect ?? '', text: e.text ?? '', line: i + 1 });
      }
    }
  });
  // Shown in the order of their times: an editor may keep the lines sorted by style or by actor.
  const shown = events.map((e, k) => ({ e, k })).sort((a, b) => a.e.start - b.e.start || a.k - b.k).map(({ e }) => e);
  const words = new Map<string, number>();
  for (const e of shown) if (e.kind === 'Dialogue') words.set(e.style, (words.get(e.style) ?? 0) + unmark(eventText(e.text)).split(/\s+/).length);
  const narration = [...words].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const narrationSize = sizes.get(narration) ?? NaN;
  const isCard = (e: SubEvent, plain: string): boolean => (sizes.get(e.style) ?? 0) > narrationSize * CARD_SCALE && plain.split(/\s+/).length <= CARD_WORDS;
  // The events after the narration's last, in other styles and few: the credits.
  let lastNarration = shown.length - 1;
  while (lastNarration >= 0 && !(shown[lastNarration]!.kind === 'Dialogue' && shown[lastNarration]!.style === narration)) lastNarration--;
  const creditsFrom = shown.slice(lastNarration + 1).filter((e) => e.kind === 'Dialogue').length <= CREDIT_EVENTS ? lastNarration + 1 : shown.length;

  const out = new BlockCollector(sink, (t) => t);
  const left = { comments: 0, credits: 0 };
  let last: SubEvent | null = null;
  let narrated = false;
  shown.forEach((e, k) => {
    const marked = eventText(e.text);
    const plain = unmark(marked);
    if (plain === '') return;
    if (e.kind === 'Comment') {
      const note = /^(?:template|code|karaoke)\b/i.test(e.effect) ? null : labelledNote(null, [paragraphOf(marked, e.line)], e.line, e.line, 'Comment event', sink);
      if (note) {
        out.end();
        out.blocks.push(note);
      } else left.comments++;
      return;
    }
    // The same text at the same time is one line drawn twice (a border layer under the text).
    if (last !== null && last.start === e.start && last.text === e.text) return;
    last = e;
    if (k >= creditsFrom && e.style !== narration) {
      left.credits++;
      return;
    }
    const heading = plain.split(/\s+/).length <= CARD_WORDS ? matchHeading(plain) : null;
    // A card by its style; or a short event between sentences that reads as a chapter heading, whatever its style.
    if (isCard(e, plain) || (!out.open && heading !== null && heading.level !== 'section')) {
      out.end();
      if (heading === null && !narrated) {
        // Cards before the narration are the title page: the title when the header names none.
        if (meta.title === null) meta.title = plain;
        else sink.info('substation-title-card', e.line, `the card "${plain}" before the narration read as the title page`);
      } else if (isClosingLine(plain) || heading?.level === 'section') out.line(marked, e.line);
      else out.heading(heading?.level === 'part' ? 1 : 2, marked, e.line);
      out.end();
      return;
    }
    narrated = true;
    out.line(marked, e.line);
    if (SENTENCE_END.test(plain)) out.end();
  });
  out.end();
  sink.info('substation', 1, `read as a SubStation Alpha script: ${events.length} events, the narration in style "${narration}"`);
  if (left.comments > 0) sink.info('substation-comments', 1, `${left.comments} Comment event(s) without a note label left out: never shown`);
  if (left.credits > 0) sink.info('substation-credits', shown[creditsFrom]?.line ?? 1, `${left.credits} event(s) after the narration ends (credits) left out`);
  return { meta, blocks: out.blocks };
}
