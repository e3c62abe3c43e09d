import { stripEdgeMarks } from '../lines.js';
import { labelKey, NOTE_LABELS, type NoteLabelRule } from './note-labels.js';
import { caseless } from './caseless-regexp.js';
import { WIKI_EDIT } from './decoration.js';

export { NOTE_LABELS, type NoteLabelRule } from './note-labels.js';

export interface NoteLabelMatch {
  ruleId: string;
  label: string;
  scope: NoteLabelRule['scope'];
  /** Text after the label on the same line ('' when the label stands alone). */
  rest: string;
}

/** Emphasis or bold drawn around a label: `**A/N:**`, `*A/N*:`, `__Note__ -`. */
const EMPH = String.raw`(?:\*\*|__|\*|_|<b>|</b>|<strong>|</strong>)?`;
/**
 * A label of up to 40 letters (any script; `may-akda` keeps its hyphen), then its separator: a colon
 * (ASCII, full-width, Ethiopic, or the Armenian `՝` that does its work), a dash with space after it, or an old
 * paper's full stop and dash (`SYNOPSIS OF PREVIOUS CHAPTERS.— Alice …`).
 */
// (A Persian label joins its parts with a zero-width non-joiner: `پی‌نوشت`.)
// (A board's addenda count themselves in plus signs before the label: `+추가) …`, `++추가) …`.)
const LABEL_THEN_TEXT = new RegExp(String.raw`^${EMPH}\s*\+{0,3}(\p{L}[\p{L}\p{M}\u200c'’./ -]{0,40}?(?:\s*(?:#\s?\d{1,2}|\(\d{1,2}\)|\d{1,2}|[(（][^()（）\n]{1,16}[)）]))?)\s*${EMPH}\s*(?::|：|፦|՝|\s[-–—]\s|-\s|\.\s?[-–—]+|[)）]\s)\s*${EMPH}\s*(.*)$`, 'su');
/** A label written as an abbreviation and set before the text with a space only: `n.d.a. ultima parte!!`. */
const ABBREVIATION_THEN_TEXT = /^(\p{L}(?:\.\s?\p{L}){1,3}\.)\s+(\S.*)$/su;
/** A reference mark opening the line, as Japanese, Chinese and Korean writers set a note: `※誤字脱字を見つけたら…`. */
const MARK_THEN_TEXT = /^(※)\s*(\S.*)$/su;
/** Brackets a whole note is written in: `(A/N: …)`, `[A/N: …]`, `【前書き】`, full-width `（作者より：…）`. */
const WRAPPED = /^[（([{【〔［]\s*(.*?)\s*[)）\]}】〕］]$/su;

/** A label in brackets opening its note's text, with no separator after it: `【まえがき】短編コンテスト参加作品です。`, `[A/N] …`. */
const BRACKETED_THEN_TEXT = /^[【〔［\[]\s*([^【】〔〕［］[\]]{1,24}?)\s*[】〕］\]]\s*(\S.*)$/su;

const LEADING_ICONS = /^(?:\p{Extended_Pictographic}[\uFE0F\u200D]*\s*)+/u;

/** A count or a word in brackets after a label: the second of several notes (`a/n #2`, `A/N 3`, `Note (2)`), or where it stands (`작가의 말(앞)`, `Author's Note (pre-chapter)`). */
const LABEL_COUNT = /\s*(?:#\s?\d{1,2}|\d{1,2}|\(\d{1,2}\)|[(（][^()（）]{1,16}[)）])$/u;

/** An afterword's heading, in the languages whose note labels do not already name it (`Nachwort`, `あとがき` are labels). */
export const AFTERWORD_HEADING = /^(?:afterword|postface|posf[áa]cio|postfazione|posfacio|epílogo del autor|послесловие)$/iu;

/** Who signs a label: `Editor's note from Pinecone`, `TL note by Qingfeng`. */
const LABEL_SIGNER = caseless(/\s+(?:from|by)\s+\S+(?:\s+\S+){0,2}$/iu);

const findRule = (label: string, standalone: boolean): NoteLabelRule | undefined => {
  // A label of plain ASCII is told by its key, the rest by the first letter, before a rule's pattern is compiled for it.
  const tries = (r: NoteLabelRule, text: string, key: string | null): boolean => (key === null || r.keys === undefined || r.keys.has(key)) && (r.starts?.test(text) ?? true) && r.pattern.test(text);
  const rule = (l: string): NoteLabelRule | undefined => {
    if (l === '') return undefined;
    const key = /^[\u0000-\u007f]*$/.test(l) ? labelKey(l) : null;
    return NOTE_LABELS.find((r) => (!standalone || r.standalone) && tries(r, l, key));
  };
  const bare = label.replace(LABEL_COUNT, '');
  const unsigned = label.replace(LABEL_SIGNER, '');
  // A postscript naming its writer (`P.S. от автора:`, `PS from the author:`) is that label's note; a bare `P.S.` may be a letter's.
  const postscript = label.replace(/^p\.?\s?s\.?\s+(?=\S)/iu, '');
  return rule(label) ?? (bare !== label ? rule(bare) : undefined) ?? (unsigned !== label ? rule(unsigned) : undefined) ?? (postscript !== label ? rule(postscript) : undefined);
};

/**
 * A note label at the start of a paragraph: `Author's note: text`,
 * `A/N - text`, `[A/N: text]`, `**A/N:** text`, `作者有话要说：`, or a
 * standalone label alone on its line (`Chapter Notes`, `【後書き】`,
 * `A note from NAME`). Dialogue such as `"Author's note?" he asked.` never matches.
 */
const SPOILER_BOX = /^spoiler\s*:\s*(?=\S)/i;
/** `PS：今天两更…`: a postscript in Chinese, no kana in it. */
const CHINESE_PS = /^p\.?s\.?\s*[：:]\s*((?=[^]*\p{Script=Han})(?![^]*[\p{Script=Hiragana}\p{Script=Katakana}])[^]+)$/iu;

export function matchNoteLabel(text: string): NoteLabelMatch | null {
  // Note apps open a callout with an icon: `📝 Author's note: …`, `💡 Note to self: …`.
  // Forums fold notes into a spoiler box titled with the label: `Spoiler: Author's Note`.
  // A wiki titles its note section with an edit link after it: `Author's Note[edit | edit source]`.
  let t = stripEdgeMarks(text).replace(LEADING_ICONS, '').replace(SPOILER_BOX, '').replace(WIKI_EDIT, '');
  const wrapped = WRAPPED.exec(t);
  if (wrapped) t = wrapped[1] ?? '';
  // A Chinese web novel's `PS：` is the writer's word to the readers (a bare `P.S.` elsewhere may close a letter).
  const ps = CHINESE_PS.exec(t);
  if (ps) return { ruleId: 'note-zh-ps', label: 'PS', scope: null, rest: ps[1]!.trim() };
  const mark = MARK_THEN_TEXT.exec(t);
  if (mark) {
    // The mark before a label alone (`※注意書き`, its text under it) heads a note as the label would.
    const labelled = mark[2]!.length <= 24 ? findRule(mark[2]!.trim().replace(/\s*[:：]$/u, ''), true) : undefined;
    if (labelled) return { ruleId: labelled.id, label: mark[2]!.trim(), scope: labelled.scope, rest: '' };
    return { ruleId: 'note-reference-mark', label: '※', scope: null, rest: mark[2]!.trim() };
  }
  // Each pattern only where its separator can stand (a colon or dash; a stop after the first letter): both cost a compilation.
  // (Or a closing bracket alone, as a list's item is set: `작가의 말) 장마가 길어서…`.)
  const m = (/[:：፦՝–—)）-]/.test(t) ? LABEL_THEN_TEXT.exec(t) : null) ?? (t[1] === '.' || t[2] === '.' ? ABBREVIATION_THEN_TEXT.exec(t) : null);
  if (m) {
    const label = (m[1] ?? '').trim();
    const rule = findRule(label, false);
    if (rule) return { ruleId: rule.id, label, scope: rule.scope, rest: (m[2] ?? '').replace(/^(?:\*\*|__)\s*/, '').trim() };
  }
  const bracketed = /^[【〔［[]/u.test(t) ? BRACKETED_THEN_TEXT.exec(t) : null;
  if (bracketed) {
    const rule = findRule(bracketed[1]!, false);
    if (rule) return { ruleId: rule.id, label: bracketed[1]!, scope: rule.scope, rest: bracketed[2]!.trim() };
  }
  if (t.length <= 48) {
    const label = t
      // (Japanese sets a label between full-width asterisks: `＊あとがき＊`.)
      .replace(/^(?:\*\*|__|\*|_|＊|<b>|<strong>)\s*/, '')
      .replace(/\s*(?:\*\*|__|\*|_|＊|<\/b>|<\/strong>)$/, '')
      .replace(/\s*(?:\.{2,}|…|[:：.])$/, '')
      .replace(/^[【〔［](.*)[】〕］]$/, '$1')
      .trim();
    const rule = findRule(label, true);
    if (rule) return { ruleId: rule.id, label, scope: rule.scope, rest: '' };
  }
  return null;
}
