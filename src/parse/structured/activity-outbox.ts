import type { DiagnosticSink } from '../../diagnostics.js';
import { childElements, findFirst, linesOf } from '../html/hast-query.js';
import { readHtml } from '../html/read-html.js';
import { COUNTER_END, COUNTER_START } from '../rules/social-threads.js';
import { isObject } from './json-blocks.js';

/**
 * The archive a Mastodon (any ActivityPub) server exports holds the account's posts as `outbox.json`: an
 * `OrderedCollection` whose `orderedItems` are activities, each `Create` wrapping a `Note` whose `content` is HTML,
 * `inReplyTo` naming the post it answers; boosts (`Announce`) wrap only an address. A story told as a thread is the
 * longest chain of the account's own replies: its posts, oldest first, one paragraph each of their `<p>`s, the
 * thread's counters (`(2/7)`) off, are the text; the account's other posts and its boosts are not.
 */

interface Post {
  id: string;
  parent: string | null;
  published: string;
  html: string;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The account's posts, when the value is an outbox of activities. */
function postsOf(value: Record<string, unknown>): { posts: Post[]; boosts: number } | null {
  const items = value.orderedItems ?? value.items;
  if (!Array.isArray(items) || !/^(?:Ordered)?Collection(?:Page)?$/.test(str(value.type) ?? '')) return null;
  const posts: Post[] = [];
  let boosts = 0;
  for (const item of items) {
    if (!isObject(item)) continue;
    if (item.type === 'Announce') boosts++;
    const note = item.type === 'Create' && isObject(item.object) ? item.object : null;
    const html = note ? str(note.content) : null;
    if (note === null || html === null || !/^(?:Note|Article)$/.test(str(note.type) ?? '')) continue;
    posts.push({ id: str(note.id) ?? '', parent: str(note.inReplyTo), published: str(note.published) ?? str(item.published) ?? '', html });
  }
  return posts.length > 0 ? { posts, boosts } : null;
}

/** A post's HTML as text: each paragraph apart, its `<br>`s line breaks. */
function postText(html: string): string {
  const tree = readHtml(html);
  const body = findFirst(tree, (e) => e.tagName === 'body') ?? tree;
  const blocks = childElements(body);
  const paragraphs = blocks.length > 0 ? blocks.map((b) => linesOf(b).join('\n')) : [linesOf(body).join('\n')];
  return paragraphs.filter((p) => p !== '').join('\n\n');
}

/** The posts of the longest thread, oldest first: each post's thread is the chain up to the first that answers none of the account's. */
function longestThread(posts: readonly Post[]): Post[] {
  const byId = new Map(posts.map((p) => [p.id, p]));
  const rootOf = (p: Post): string => {
    const seen = new Set<string>();
    let at = p;
    while (at.parent !== null && byId.has(at.parent) && !seen.has(at.id)) {
      seen.add(at.id);
      at = byId.get(at.parent)!;
    }
    return at.id;
  };
  const threads = new Map<string, Post[]>();
  for (const p of posts) threads.set(rootOf(p), [...(threads.get(rootOf(p)) ?? []), p]);
  const longest = [...threads.values()].sort((a, b) => b.length - a.length)[0]!;
  return [...longest].sort((a, b) => a.published.localeCompare(b.published));
}

/** The outbox's story as plain text, or null when the value is no outbox. */
export function outboxText(value: Record<string, unknown>, sink: DiagnosticSink): string | null {
  const found = postsOf(value);
  if (found === null) return null;
  const thread = longestThread(found.posts);
  let texts = thread.map((p) => postText(p.html));
  // Counters on most posts (`(2/7)`, `3/`) are the thread's numbering.
  const counted = texts.filter((t) => COUNTER_END.test(t) || COUNTER_START.test(t)).length;
  if (counted >= 2 && counted * 2 >= texts.length) texts = texts.map((t) => t.replace(COUNTER_END, '').replace(COUNTER_START, ''));
  const left = found.posts.length - thread.length;
  sink.info(
    'json-outbox',
    1,
    `read as an ActivityPub outbox (a Mastodon archive): the thread of ${thread.length} post${thread.length > 1 ? 's' : ''} read as the text${left > 0 ? `, ${left} other post${left > 1 ? 's' : ''}` : ''}${found.boosts > 0 ? `${left > 0 ? ' and' : ','} ${found.boosts} boost${found.boosts > 1 ? 's' : ''} left out` : ''}; lines are the text's own, counted from its first`,
  );
  return texts.join('\n\n');
}
