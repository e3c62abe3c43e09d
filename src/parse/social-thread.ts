import type { DiagnosticSink } from '../diagnostics.js';
import type { Line } from './lines.js';
import type { MarkedHeadings } from './marked-headings.js';
import { reportRuns } from './archive.js';
import { AGE_STAMP, APP_LINES, APP_TAIL, BARE_HANDLE, COUNTER_END, COUNTER_START, GENRE_LABEL, HANDLE, PICTOGRAPHS, REPLYING, STAMP_NOUNS, STAMP_WORDS, THREAD_MARK, THREAD_WORD_ALONE, UNROLL_TITLE } from './rules/social-threads.js';
import { matchHeading, type HeadingMatch } from './rules/headings.js';

/**
 * A story told as a thread of posts and copied from the site or an unroll app: each post under a card
 * (the poster's name, `@handle`, a time stamp, counts), numbered `2/`, `3/12`, with replies by others between
 * them. The cards, replies and the app's page are not the story; the thread's opening post names it
 * (`🧵 THE LAST BUS TO ST. JUDE'S`), and the owner's name on the cards is its author.
 */
export interface SocialThread {
  /** Lines of the page and the cards, and the opening post: kept out of the body. */
  chrome: Set<number>;
  /** Line index → the line without the post's counter. */
  rewritten: Map<number, Line>;
  title: string | null;
  poster: string | null;
  /** The header's labelled values, as written (a message series' first header: `Area`, `From`, `Subj`). */
  fields?: Readonly<Record<string, string>>;
  /** Lines (0-based) that open a message of their own: the app sets each apart, as a blank line does. */
  starts?: ReadonlySet<number>;
  /** Lines (1-based) the thread itself names as headings (a forum's threadmarks). */
  headings?: MarkedHeadings;
  /** Lines (1-based) of notes the text sets after the work's end (a script's note under its end card): the work's, not the last chapter's. */
  afterWork?: ReadonlySet<number>;
}

interface Card {
  /** The handle's line; the name is on the line above, or on the same line before the handle. */
  at: number;
  handle: string;
  /** The name's line. */
  name: number;
}

/** A card on one line, as Bluesky sets a reply's: `Tamsin Vale 🌙 @tamsinvale.bsky.social · 5mo`. */
const NAME_HANDLE = /^(\S.{0,59}?)\s+(@[\p{L}\p{N}_.-]{1,60}(?:\s*·.*)?)$/u;

const COUNTER_ALONE = /^[(\[]?\d{1,3}\s*\/\s*\d{0,3}[)\]]?$/u;

/** A post's stamp or counts: `12:04 AM · Mar 3, 2023`, `48.2K Views`, `Oct 28, 2023, 21:05 · 🔓`; `bare` allows a count alone. */
function isStamp(t: string, bare: boolean): boolean {
  if (t.length > 90) return false;
  if (AGE_STAMP.test(t)) return true;
  // A row of icons with their counts, no words: `💬 0   🔁 2   ♡ 40`.
  if (/^(?:[^\p{L}\p{N}\s]+\s*\d[\d.,]*[KkMm]?\s*){2,}$/u.test(t)) return true;
  const separated = /[·•]/.test(t);
  const words = t.replace(PICTOGRAPHS, ' ').replace(/\d[\d.,:]*\s*[KkMm]?\b/g, ' ').split(/[\s·•|,]+/).filter(Boolean);
  if (!words.every((w) => STAMP_WORDS.has(w.toLowerCase().replace(/\.$/, '')))) return false;
  if (separated || words.some((w) => STAMP_NOUNS.has(w.toLowerCase().replace(/\.$/, '')))) return true;
  return bare && /^[\d.,]+\s*[KkMm]?$/.test(t);
}

/** One of the app's lines, or a row of them (`Home  Search  Notifications`, `Reply  Repost  Like  Share`); `+ Follow` is a button. */
const isAppLine = (t: string): boolean => t.length <= 120 && t.split(/\s{2,}/).every((cell) => APP_LINES.has(cell.replace(/^\+\s*/, '').toLowerCase()));

function findCards(lines: readonly Line[]): Card[] {
  const cards: Card[] = [];
  for (let i = 1; i < lines.length; i++) {
    const m = HANDLE.exec(lines[i]!.trimmed);
    const name = lines[i - 1]!;
    if (m && !name.blank && name.trimmed.length <= 60 && !HANDLE.test(name.trimmed)) cards.push({ at: i, handle: m[1]!.toLowerCase(), name: i - 1 });
    // (Only a line with an `@` after a space is tried: the pattern is dear on every line of a book.)
    const inline = m || !name.blank || !/\s@/.test(lines[i]!.trimmed) ? null : NAME_HANDLE.exec(lines[i]!.trimmed);
    // (Not a signature naming the handle after a motto and a label: `"Ang bawat biyahe…" — kuyamiggy | Wattpad: @kuyamiggy`.)
    const handle = inline && !/["“”|]|[:：]$/u.test(inline[1]!) ? HANDLE.exec(inline[2]!) : null;
    if (handle && name.blank) cards.push({ at: i, handle: handle[1]!.toLowerCase(), name: i });
    // Threads prints the handle bare over the post's age (`marianaferrinho` / `8 sem`), the poster's name between on the first.
    if (!m && BARE_HANDLE.test(lines[i]!.trimmed)) {
      const [next, after] = [lines[i + 1], lines[i + 2]];
      if (next && AGE_STAMP.test(next.trimmed)) cards.push({ at: i, handle: lines[i]!.trimmed, name: i });
      else if (next && after && !next.blank && next.trimmed.length <= 60 && AGE_STAMP.test(after.trimmed)) cards.push({ at: i, handle: lines[i]!.trimmed, name: i + 1 });
    }
  }
  return cards;
}

/** Whose thread it is: an unroll app names the owner; else the handle on most cards, with at least three. */
function findOwner(lines: readonly Line[], cards: readonly Card[]): string | null {
  for (let i = 0; i < Math.min(lines.length, 40); i++) {
    const m = UNROLL_TITLE.exec(lines[i]!.trimmed);
    if (m && cards.some((c) => c.handle === m[1]!.toLowerCase())) return m[1]!.toLowerCase();
  }
  const counts = new Map<string, number>();
  for (const c of cards) counts.set(c.handle, (counts.get(c.handle) ?? 0) + 1);
  const [owner, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return n >= 3 && n * 2 > cards.length ? owner : null;
}

/** The title a thread's opening post announces: the first line that is not the thread's own description. */
function announcedTitle(texts: readonly string[]): { title: string; heading: HeadingMatch | null; at: number } | null {
  const found = texts.map((text) => titleIn(text));
  const at = found.findIndex((f) => f !== null);
  return at === -1 ? null : { ...found[at]!, at };
}

/** The title one line of the opening post announces, with the installment it names after it (`(parte 1 de 2)`). */
function titleIn(text: string): { title: string; heading: HeadingMatch | null } | null {
  const plain = (title: string): { title: string; heading: HeadingMatch | null } => ({ title, heading: null });
  const t = text.replace(PICTOGRAPHS, '').replace(/(?:^|\s)#[\p{L}\p{N}_]+/gu, ' ').replace(COUNTER_START, '').replace(COUNTER_END, '').trim();
  if (t === '' || THREAD_WORD_ALONE.test(t) || (THREAD_MARK.test(t) && /^(?:\p{Ll}|an?\s)/u.test(t))) return null;
  // `CONTO: A vizinha do 302`: what the piece is, then its title.
  const named = GENRE_LABEL.exec(t);
  if (named && !/^["“«„]/u.test(named[1]!)) return withoutInstallment(named[1]!);
  // `قصة قصيرة: "بيت الجدة"`, `Short story: "The Last Bus"`: what the piece is, then its title in quotes.
  const quoted = /^[^:："“«]{1,30}[:：]\s*["“«„](.+)["”»“]$/u.exec(t);
  if (quoted) return plain(quoted[1]!.trim());
  // `The Last Bus to Glenholt — a short story, told in a thread.`: the description after a dash.
  const cut = /^(.+?)\s+[—–-]\s+(.*)$/u.exec(t);
  const title = cut && THREAD_MARK.test(cut[2]!) ? cut[1]! : t;
  return plain(title.replace(/[\s:.]+$/u, ''));
}

/** `A vizinha do 302 (parte 1 de 2)`: the installment the opening post announces after the title, as its heading. */
function withoutInstallment(text: string): { title: string; heading: HeadingMatch | null } {
  const m = /^(.+?)\s*[(\[]([^()\[\]]{1,30})[)\]]$/u.exec(text);
  const heading = m ? matchHeading(m[2]!) : null;
  if (!m || heading === null || heading.number === null || (heading.level !== 'chapter' && heading.level !== 'part')) return { title: text, heading: null };
  return { title: m[1]!.trim(), heading: { ...heading, level: 'chapter', marked: true } };
}

export function findSocialThread(lines: readonly Line[], sink: DiagnosticSink): SocialThread | null {
  const cards = findCards(lines);
  const owner = cards.length > 0 ? findOwner(lines, cards) : null;
  if (owner === null) return null;
  const chrome = new Set<number>();
  const rewritten = new Map<number, Line>();
  const first = cards.find((c) => c.handle === owner)!;
  const tail = lines.findIndex((l, i) => i > first.at && APP_TAIL.test(l.trimmed));
  const end = tail === -1 ? lines.length : tail;
  for (let i = tail; i !== -1 && i < lines.length; i++) if (!lines[i]!.blank) chrome.add(i);
  for (let i = 0; i < first.name; i++) if (isAppLine(lines[i]!.trimmed) || UNROLL_TITLE.test(lines[i]!.trimmed)) chrome.add(i);
  let title: string | null = null;
  const headings = new Map<number, HeadingMatch>();
  const ownCards = cards.filter((c) => c.at < end);
  ownCards.forEach((card, n) => {
    const next = ownCards[n + 1]?.at ?? end + 1;
    chrome.add(card.name);
    chrome.add(card.at);
    let k = card.at + 1;
    for (; k < next - 1 && !lines[k]!.blank && (isStamp(lines[k]!.trimmed, k > card.at + 1) || isAppLine(lines[k]!.trimmed) || lines[k]!.trimmed === '·'); k++) chrome.add(k);
    // Someone else's reply: all of it, to the next card.
    if (card.handle !== owner || REPLYING.test(lines[k]?.trimmed ?? '')) {
      for (let r = k; r < next - 1; r++) if (!lines[r]!.blank) chrome.add(r);
      return;
    }
    // The post: stamps and counts after its text too (Mastodon puts them under the post).
    for (let r = k; r < next - 1; r++) if (!lines[r]!.blank && (isStamp(lines[r]!.trimmed, chrome.has(r - 1) && !lines[r - 1]!.blank) || isAppLine(lines[r]!.trimmed))) chrome.add(r);
    let open = k;
    while (open < next - 1 && (lines[open]!.blank || chrome.has(open))) open++;
    if (open >= next - 1) return;
    if (card === first) {
      // The opening post: the title and the thread's description, hashtags, a counter `1/`.
      const post: number[] = [];
      for (let r = open; r < next - 1 && !lines[r]!.blank && !chrome.has(r); r++) post.push(r);
      if (post.some((r) => THREAD_MARK.test(lines[r]!.trimmed) || COUNTER_END.test(lines[r]!.trimmed))) {
        const announced = announcedTitle(post.map((r) => lines[r]!.trimmed));
        title = announced?.title ?? null;
        for (const r of post) chrome.add(r);
        // The installment it announces heads the posts under it: its line stands as the heading alone.
        const at = announced?.heading ? post[announced.at]! : undefined;
        if (at !== undefined) {
          chrome.delete(at);
          rewritten.set(at, { ...lines[at]!, text: announced!.heading!.text, trimmed: announced!.heading!.text, indent: 0 });
          headings.set(lines[at]!.no, announced!.heading!);
        }
        return;
      }
    }
    stripCounter(lines, open, chrome, rewritten);
    // The counter alone on the post's last line (`(2/9)`) numbers the post.
    for (let r = open + 1; r < next - 1; r++) if (!lines[r]!.blank && !chrome.has(r) && COUNTER_ALONE.test(lines[r]!.trimmed)) chrome.add(r);
  });
  // (A bare handle's card has no name on it.)
  const poster = (first.name === first.at ? (NAME_HANDLE.exec(lines[first.at]!.trimmed)?.[1] ?? '') : lines[first.name]!.trimmed).replace(PICTOGRAPHS, '').trim() || null;
  sink.info('social-thread', lines[first.at]!.no, `a thread of posts by @${owner}${poster ? ` (${poster})` : ''}: the post cards, replies and the app's page kept out of the body${title ? `; "${title}" read as the title` : ''}`);
  reportRuns(lines, [...chrome], (from, to, n) => sink.info('social-thread-chrome', from, `${n} line${n > 1 ? 's' : ''} of post cards, stamps, replies or the app's page kept out of the body`, { endLine: to }));
  return { chrome, rewritten, title, poster, ...(headings.size > 0 ? { headings } : {}) };
}

/** A post's counter (`2/`, `3/9`) is numbering, not a word of the story: alone on its line it is dropped, before text it is cut off. */
function stripCounter(lines: readonly Line[], i: number, chrome: Set<number>, rewritten: Map<number, Line>): void {
  const line = lines[i]!;
  const m = COUNTER_START.exec(line.trimmed);
  if (!m) return;
  const rest = line.trimmed.slice(m[0].length);
  if (rest === '') chrome.add(i);
  else rewritten.set(i, { ...line, text: rest, trimmed: rest });
}
