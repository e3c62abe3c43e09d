import type { DiagnosticSink } from '../diagnostics.js';
import type { Line } from './lines.js';
import type { SocialThread } from './social-thread.js';
import { reportRuns } from './archive.js';
import { AGE_STAMP, BARE_HANDLE, CAPTION_TAIL, GENRE_LABEL, PICTOGRAPHS } from './rules/social-threads.js';
import { FOLLOW_BUTTON } from './rules/header-labels.js';
import { matchHeading } from './rules/headings.js';

/**
 * A serial told in a photo app's captions and copied from its post pages (Instagram's web app): each post under its
 * account's card (`handle • Follow`, or the handle over `Follow`, a place under it), the caption opening with the
 * handle, then hashtags, the post's age, its likes, the comments. The cards and what follows each caption are the
 * app's; the first caption's `📚 STORY: TITLE` names the work, and the later captions' copies of its header are the app's too.
 */

interface Post {
  /** The card's first line. */
  at: number;
  /** The caption's first line, the handle before its words. */
  caption: number;
  handle: string;
}

/** Lines between the card and its caption at most: the follow button, a place, a blank. */
const CARD_LINES = 4;
const HASHTAGS = /^(?:#[\p{L}\p{N}_]+\s*)+$/u;

const keyOf = (t: string): string => t.replace(PICTOGRAPHS, '').replace(/\s+/g, ' ').trim().toLowerCase();

function cardAt(lines: readonly Line[], i: number): Post | null {
  const t = lines[i]!.trimmed;
  const inline = /^(\S{2,30})\s*[•·]\s*(\S.*)$/u.exec(t);
  let handle: string | null = null;
  let from = i + 1;
  if (inline && BARE_HANDLE.test(inline[1]!) && FOLLOW_BUTTON.test(inline[2]!)) handle = inline[1]!;
  else if (BARE_HANDLE.test(t) && FOLLOW_BUTTON.test(lines[i + 1]?.trimmed ?? '')) [handle, from] = [t, i + 2];
  if (handle === null) return null;
  for (let k = from; k < Math.min(lines.length, from + CARD_LINES); k++) if (lines[k]!.trimmed.startsWith(`${handle} `)) return { at: i, caption: k, handle };
  return null;
}

export function findCaptionPosts(lines: readonly Line[], sink: DiagnosticSink): SocialThread | null {
  const posts: Post[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trimmed;
    if (t.length > 60 || t === '' || /\s/.test(t) && !/[•·]/.test(t)) continue;
    const post = cardAt(lines, i);
    if (post && (posts.length === 0 || post.handle === posts[0]!.handle)) {
      posts.push(post);
      i = post.caption;
    }
  }
  if (posts.length === 0) return null;
  const chrome = new Set<number>();
  const rewritten = new Map<number, Line>();
  let title: string | null = null;
  const headerKeys = new Set<string>();
  posts.forEach((post, n) => {
    const end = posts[n + 1]?.at ?? lines.length;
    for (let k = post.at; k < post.caption; k++) chrome.add(k);
    const line = lines[post.caption]!;
    const words = line.trimmed.slice(post.handle.length).trim();
    rewritten.set(post.caption, { ...line, text: words, trimmed: words, indent: 0, blank: words === '' });
    // The caption's header: its lines before a blank or a heading (`📚 ÇÎROK: TITLE`, `✍️ Nivîskar: NAME`).
    const header: number[] = [];
    for (let k = post.caption; k < end && !lines[k]!.blank && (k === post.caption || matchHeading(lines[k]!.trimmed) === null); k++) header.push(k);
    const text = (k: number): string => (k === post.caption ? words : lines[k]!.trimmed);
    if (n === 0) {
      const named = GENRE_LABEL.exec(text(post.caption).replace(PICTOGRAPHS, '').trim());
      if (named) {
        title = named[1]!.trim();
        chrome.add(post.caption);
      }
      for (const k of header) headerKeys.add(keyOf(text(k)));
    } else {
      // A later caption opens on the first one's header again, or on the title with the post's count (`DESTMALA SOR — 2/3`).
      const titleKey = title === null ? null : keyOf(title);
      for (const k of header) {
        const key = keyOf(text(k));
        if (!headerKeys.has(key) && (titleKey === null || !key.includes(titleKey))) break;
        chrome.add(k);
      }
    }
    // What the app prints under the caption, from its first line (and the hashtags over it) to the next card.
    let tail = lines.findIndex((l, k) => k > post.caption && k < end && (CAPTION_TAIL.test(l.trimmed) || AGE_STAMP.test(l.trimmed)));
    if (tail === -1) return;
    while (tail - 1 > post.caption && (lines[tail - 1]!.blank || HASHTAGS.test(lines[tail - 1]!.trimmed))) tail--;
    for (let k = tail; k < end; k++) if (!lines[k]!.blank) chrome.add(k);
  });
  sink.info('caption-posts', lines[posts[0]!.at]!.no, `${posts.length} post${posts.length > 1 ? 's' : ''} of @${posts[0]!.handle} copied from a photo app's pages: the cards, hashtags, likes and comments kept out of the body${title ? `; "${title}" read as the title` : ''}`);
  reportRuns(lines, [...chrome], (from, to, count) => sink.info('caption-posts-chrome', from, `${count} line${count > 1 ? 's' : ''} of a post's card or what the app prints under its caption kept out of the body`, { endLine: to }));
  return { chrome, rewritten, title, poster: null };
}
