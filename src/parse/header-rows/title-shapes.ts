/** The shapes of a title line and of a bare name, and the decoration a title line carries. */
import { hasWebAddress } from '../rules/boilerplate.js';
import { COPYRIGHT_LINE } from '../rules/fields.js';
import { GENRE_LINE, isNameLike, TITLE_LEAD } from '../rules/header-labels.js';
import { matchHeading } from '../rules/headings.js';
import { isTitleCandidate } from '../title-line.js';
import { caseless } from '../rules/caseless-regexp.js';
import type { Row } from './kinds.js';

/** A handle after a display name (`우산없는날 (rain***)`, `Mara Quill (@maraquill)`, `しろたま @shirotama_0w0`): the site's, not the name. */
export const HANDLE_AFTER = /\s*[(（][^()（）\s]{1,30}[)）]$|\s+@[\w.]{1,30}$/u;

const SUBTITLE_SHAPE = caseless(/^(?:a|an|un|une|una|ein|eine)?\s*(?:[\p{L}-]+\s+){0,4}?(?:novel|novella|roman|romanzo|novela(?: corta)?|story|stories|tale|serial|poems?|sequence|draft|borrador|erzählung|nouvelle|racconto|tagebuchform|play|comedy|tragedy|farce|drama|musical)\b.*$/iu);

/** A subtitle that says what the work is (`a novel in three parts`, `Повесть`, `(povídka, 2003)`). */
export const isSubtitle = (t: string): boolean => SUBTITLE_SHAPE.test(t) || GENRE_LINE.test(t);

export function titleShaped(r: Row): boolean {
  const t = r.text;
  // A copyright line (`© Copyright Андрей Зимин, 1997`) names the author, never the title.
  // Neither does a line with a web address (`ARMENIAN PROSE ARCHIVE  --  http://…`): that is the site's.
  if (COPYRIGHT_LINE.test(t) || hasWebAddress(t)) return false;
  // Old type sets a title in capitals with a full stop (`THE SQUATTER'S WARD.`).
  const capitalsStop = /\.$/.test(t) && !/\p{Ll}/u.test(t);
  return (r.kind === 'short' || r.kind === 'heading') && isTitleCandidate(stripTitle(t)) && t.split(/\s+/).length <= 14 && (capitalsStop || !/[.:,;]$/.test(t.replace(/\.\.\.$/, '')));
}

/** A story's kind or state after its title: `( One-Shot )`, `(Complete)`, `(WIP)`. */
const STATUS_TAG = /\s*[([]\s*(?:one[- ]?shot|oneshot|drabble|complete[d]?|wip|in progress|ongoing|hiatus|abandoned|discontinued|multi[- ]?chapter)\s*[)\]]$/iu;
/** Hashtags after a title, maybe behind a bar: `Title｜#創作大賞2023`, `Title #flashfic`. */
const HASHTAG_TAIL = /\s*[｜|]?\s*(?:#[\p{N}_]*\p{L}[\p{L}\p{N}_]*\s*)+$/u;

/**
 * A magazine's masthead sets its name letter-spaced with the issue on the right (`Q U I L L W O R K        Volume 3,
 * Number 2`): the name is the left cell, its letters closed up.
 */
function mastheadTitle(t: string): string {
  const cells = t.split(/\s{3,}/);
  const left = cells.length === 2 && /\d/.test(cells[1]!) ? cells[0]! : t;
  return /^(?:\p{L} ){3,}\p{L}$/u.test(left) ? left.replace(/ /g, '') : left;
}

/** A post's title naming its installment after the story's (`Gió Thổi Qua Hẻm Cũ – Chương 1`): the tail, when it is a numbered chapter heading, is no part of the title. */
const CHAPTER_TAIL = /\s+[–—-]\s+(\S.{0,40})$/u;

/** Decoration and site tags a title line carries: `✨ X ✨`, `~*~ X ~*~`, `《X》`, `[완결] X`, `【短編小説】X`, `X [Original Fiction]`. */
/** FanFiction.Net's and FictionPress's button copied on the title's line: `Follow/Fav Hujan di Stasiun Bogor`. */
const FOLLOW_FAV_LEAD = /^follow\s*\/\s*fav\s+(?=\S)/iu;
export const FOLLOW_FAV = /^follow\s*\/\s*fav$/iu;

export function stripTitle(t: string): string {
  return mastheadTitle(t)
    .replace(FOLLOW_FAV_LEAD, '')
    .replace(TITLE_LEAD, '')
    .replace(/^[《「『](.*)[》」』]$/u, '$1')
    .replace(/^["“](.+)["”]$/u, '$1')
    .replace(/^[\[【][^\]】]{1,12}[\]】]\s*/u, '')
    .replace(HASHTAG_TAIL, '')
    .replace(/\s*\[[^\]]{1,30}\]$/u, '')
    .replace(STATUS_TAG, '')
    .replace(CHAPTER_TAIL, (tail, heading: string) => (matchHeading(heading)?.level === 'chapter' && matchHeading(heading)?.number != null ? '' : tail))
    .replace(/(?<=^[^\p{Ll}]*[\p{Lu}'’])\.$/u, '')
    .replace(/^[\s~*=✨✧★☆•·_-]+|[\s~*=✨✧★☆•·_-]+$/gu, '')
    .trim();
}

export function isBareName(r: Row): boolean {
  const t = r.text.replace(HANDLE_AFTER, '');
  return r.kind === 'short' && isNameLike(t) && t.split(/\s+/).length <= 4 && !/\s{2}/.test(t) && !isSubtitle(t) && !/[.!?]$/.test(t.replace(/\b\p{Lu}\.$/u, ''));
}
