import type { DiagnosticSink } from '../diagnostics.js';
import type { Line } from './lines.js';
import type { SocialThread } from './social-thread.js';
import { markedHeading } from './marked-headings.js';
import { reportRuns } from './archive.js';
import { lineKey } from './resolve-headings.js';
import type { HeadingMatch } from './rules/headings.js';

/**
 * A forum's reader mode lists a thread's threadmarked posts one after another, each under its threadmark
 * (`Threadmarks: Apocrypha: The Cook's Day Off`), with the post's title and its card (`Lanternfish · Apr 2, 2026 ·
 * 612 words`) above. The threadmark names the chapter, less its category (XenForo's Apocrypha, Sidestory …);
 * a post that heads itself (`Chapter 2: …` under the threadmark) keeps its own heading.
 */
const THREADMARK_LINE = /^threadmarks?\s*:\s*(\S.*?)(?:\s{3,}.*)?$/i;
/** XenForo's threadmark categories, as the sites name them. */
const CATEGORY = /^(?:apocrypha|sidestory|side story|informational|media|omake|staff post)\s*:\s*/i;
/** Categories whose posts are about the story, not of it (a premise, an update schedule, fan art): no chapter. */
const NOT_STORY = /^(?:informational|media|staff post)\s*:/i;
/** Reader mode's bar over a run of posts (`Threadmarks: Chapter 1 (3 threadmarks)`): the category and its count, no post. */
const NAV_BAR = /\(\d+ threadmarks?\)$/i;
/** Reader mode lists threadmarks two or more. */
const MIN_MARKS = 2;

export function findThreadmarkLines(lines: readonly Line[], sink: DiagnosticSink): SocialThread | null {
  const marks: { i: number; full: string; title: string }[] = [];
  const chrome = new Set<number>();
  let aside = -1;
  for (let i = 0; i < lines.length; i++) {
    const m = THREADMARK_LINE.exec(lines[i]!.trimmed);
    if (!m) continue;
    // An informational post runs up to the next threadmark line; one that ends the thread keeps its text.
    if (aside >= 0) {
      for (let k = aside; k < i; k++) chrome.add(k);
      sink.info('threadmark-aside', aside + 1, `an informational threadmark's post (${lines[aside]!.trimmed}) is about the story, not of it: left out of the body`, { endLine: i });
    }
    aside = NOT_STORY.test(m[1]!) ? i : -1;
    if (NAV_BAR.test(m[1]!) || NOT_STORY.test(m[1]!)) chrome.add(i);
    else marks.push({ i, full: m[1]!, title: m[1]!.replace(CATEGORY, '') });
  }
  if (marks.length < MIN_MARKS) return null;
  const rewritten = new Map<number, Line>();
  const headings = new Map<number, HeadingMatch>();
  for (const { i, full, title } of marks) {
    // The post's title and card over its threadmark are the page's.
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      if (lines[k]!.blank) continue;
      if (lineKey(lines[k]!.trimmed) !== lineKey(full)) continue;
      for (let j = k; j < i; j++) chrome.add(j);
      break;
    }
    const own = lines.slice(i + 1, i + 8).some((l) => !l.blank && lineKey(l.trimmed).endsWith(lineKey(title)));
    if (own) chrome.add(i);
    else {
      rewritten.set(i, { ...lines[i]!, text: title, trimmed: title });
      headings.set(lines[i]!.no, markedHeading(title, 'heading-threadmark'));
    }
  }
  if (headings.size === 0) return null;
  sink.info('heading-threadmark', marks[0]!.i + 1, `${marks.length} threadmarks of a forum's reader mode name the chapters`);
  reportRuns(lines, [...chrome], (from, to, count) => sink.info('threadmark-card', from, `${count} line${count > 1 ? 's' : ''} of a post's title and card over its threadmark kept out of the body`, { endLine: to }));
  return { chrome, rewritten, title: null, poster: null, headings };
}
