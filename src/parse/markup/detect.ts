import { DOKUWIKI_BOXES, DOKUWIKI_SWITCH, WIKISPACES_FURNITURE } from './dokuwiki.js';
import { INK_KNOT } from './ink.js';
import { LYX_SIGN } from './lyx.js';
import { SUBSTATION_EVENT, SUBSTATION_SECTION } from './substation.js';
import { TWEE_HEADER, TWEE_SPECIAL } from './twee.js';
import { MOIN_CATEGORIES, MOIN_INSTRUCTION, MOIN_MACROS } from './moinmoin.js';
import { CONFLUENCE_BOXES, CONFLUENCE_CONTAINERS, CONFLUENCE_FRAMES, CONFLUENCE_FURNITURE } from './confluence.js';

/** The lightweight markups quire reads besides Markdown and HTML. */
export type Markup = 'pml' | 'org' | 'asciidoc' | 'rst' | 'latex' | 'bbcode' | 'aozora' | 'textile' | 'troff' | 'mediawiki' | 'zim' | 'commands' | 'txt2tags' | 'tiddlywiki' | 'novelwriter' | 'renpy' | 'amigaguide' | 'confluence' | 'ink' | 'dokuwiki' | 'wikispaces' | 'lyx' | 'moinmoin' | 'substation' | 'twee' | 'pmwiki' | 'vimwiki' | 'foswiki';

/** File name endings that say the markup outright. */
const EXTENSIONS: readonly [RegExp, Markup][] = [
  [/\.org$/i, 'org'],
  [/\.(adoc|asciidoc|asc)$/i, 'asciidoc'],
  [/\.(rst|rest)$/i, 'rst'],
  [/\.(tex|latex|ltx)$/i, 'latex'],
  [/\.bbcode$/i, 'bbcode'],
  [/\.textile$/i, 'textile'],
  [/\.(ms|me|mom|roff|man)$/i, 'troff'],
  [/\.(texi|texinfo|pm|pmd|poly)$/i, 'commands'],
  [/\.t2t$/i, 'txt2tags'],
  [/\.tid$/i, 'tiddlywiki'],
  [/\.rpy$/i, 'renpy'],
  [/\.ink$/i, 'ink'],
  [/\.pml$/i, 'pml'],
  [/\.lyx$/i, 'lyx'],
  [/\.(ass|ssa)$/i, 'substation'],
  [/\.(twee|tw)$/i, 'twee'],
];

/**
 * One piece of evidence: a line shape that markup writes and plain prose
 * does not. `strong` evidence is syntax no story writes by accident
 * (`#+TITLE:`, `:toc:`, `.. note::`, `\begin{document}`); weak evidence
 * (`* Heading`, `== Title`, an underlined line) only counts beside it.
 */
interface Evidence {
  markup: Markup;
  id: string;
  strong: boolean;
  test: (line: string, next: string | undefined, previous: string | undefined) => boolean;
}

/** A Confluence macro tag at the head of a line: `{info}`, `{toc:maxLevel=2}`, `{panel:title=Note|borderStyle=dashed}`. */
const CONFLUENCE_TAG = new RegExp(`^\\{(?:${[...CONFLUENCE_BOXES, ...CONFLUENCE_FRAMES, ...CONFLUENCE_CONTAINERS, ...CONFLUENCE_FURNITURE, 'status'].join('|')})(?::\\w+=[^{}\\n]*)?\\}`);

const re = (pattern: RegExp) => (line: string): boolean => pattern.test(line);
/** A line of one repeated punctuation character, as reStructuredText underlines and overlines titles. */
const ADORNMENT = /^([=\-`:'"~^_*+#<>.])\1{2,}\s*$/;

const EVIDENCE: readonly Evidence[] = [
  { markup: 'org', id: 'keyword', strong: true, test: re(/^#\+(?:TITLE|AUTHOR|DATE|OPTIONS|STARTUP|KEYWORDS|LANGUAGE|EMAIL|DESCRIPTION|FILETAGS|SUBTITLE):/i) },
  { markup: 'org', id: 'block', strong: true, test: re(/^\s*#\+(?:BEGIN|END)_[A-Za-z]+/i) },
  { markup: 'org', id: 'drawer', strong: true, test: re(/^\s*:(?:PROPERTIES|LOGBOOK):\s*$/) },
  { markup: 'org', id: 'headline', strong: false, test: re(/^\*{1,6} +(?:(?:TODO|DONE) +)?(?:\[#[A-C]\] +)?[\p{L}\p{N}].*?(?: +:[\w@:]+:)?$/u) },
  { markup: 'asciidoc', id: 'attribute', strong: true, test: re(/^:(?:!?[a-z][\w-]*!?):(?: .*)?$/) },
  { markup: 'asciidoc', id: 'block-attribute', strong: true, test: re(/^\[(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION|quote(?:,.*)?|verse(?:,.*)?|sidebar|abstract|discrete|partintro|preface|appendix|dedication|colophon|\[[\w-]+\]|#[\w-]+)\]$/) },
  { markup: 'asciidoc', id: 'break', strong: true, test: re(/^(?:'''|<<<)$/) },
  { markup: 'asciidoc', id: 'section', strong: false, test: re(/^={1,5} \S/) },
  { markup: 'asciidoc', id: 'admonition', strong: false, test: re(/^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION): \S/) },
  { markup: 'asciidoc', id: 'author-line', strong: true, test: (l, _n, p) => p !== undefined && /^= \S/.test(p) && /^[\p{L} .'-]+ <[^>\s]+@[^>\s]+>$/u.test(l) },
  { markup: 'rst', id: 'directive', strong: true, test: re(/^\.\. [a-z][\w-]*::(?: |$)/) },
  { markup: 'rst', id: 'field', strong: true, test: re(/^:(?:Author|Authors|Date|Version|Copyright|Status|Contact|Organization|Address|Revision|Dedication|Abstract|Keywords|Summary):\s+\S/) },
  { markup: 'rst', id: 'role', strong: true, test: re(/:(?:emphasis|strong|title-reference|sub|sup):`[^`]+`/) },
  { markup: 'rst', id: 'title', strong: false, test: (l, n) => n !== undefined && /[\p{L}\p{N}]/u.test(l) && ADORNMENT.test(n) && n.trim().length >= l.trim().length },
  { markup: 'latex', id: 'document', strong: true, test: re(/^\s*\\(?:documentclass|begin\{document\}|usepackage)\b/) },
  // ConTeXt, read by the LaTeX reader through context.ts.
  { markup: 'latex', id: 'context-document', strong: true, test: re(/^\s*\\(?:starttext|stoptext|setupbodyfont|setuppapersize|setupinteraction|mainlanguage)\b/) },
  { markup: 'latex', id: 'context-section', strong: false, test: re(/^\s*\\(?:start|stop)(?:part|chapter|section|title|subject)\b/) },
  { markup: 'latex', id: 'sectioning', strong: false, test: re(/^\s*\\(?:part|chapter|section|subsection)\*?(?:\[[^\]]*\])?\{/) },
  { markup: 'latex', id: 'header', strong: false, test: re(/^\s*\\(?:title|author|date|maketitle)\b/) },
  { markup: 'latex', id: 'emphasis', strong: false, test: re(/\\(?:emph|textit|textbf|textsc)\{/) },
  { markup: 'latex', id: 'break', strong: false, test: re(/^\s*\\(?:fancybreak|plainbreak|bigskip|scenebreak|pfbreak)\b/) },
  { markup: 'bbcode', id: 'pair', strong: false, test: re(/\[(b|i|u|s|center|size|color|quote|spoiler|url|font)(?:=[^\]\n]*)?\][^\n]*?\[\/\1\]/i) },
  { markup: 'bbcode', id: 'open', strong: false, test: re(/^\[(?:center|quote|spoiler|size|color|indent|right)(?:=[^\]\n]*)?\]/i) },
  { markup: 'bbcode', id: 'close', strong: false, test: re(/\[\/(?:center|quote|spoiler|size|color|indent|right)\]\s*$/i) },
  { markup: 'bbcode', id: 'hr', strong: false, test: re(/^\[hr\]$/i) },
  { markup: 'textile', id: 'signature-attributes', strong: true, test: re(/^(?:h[1-6]|p|bq|fn\d+)(?:\([^)\n]*\)|\{[^}\n]*\}|\[[a-z-]+\])+\.\s\S/u) },
  { markup: 'textile', id: 'heading', strong: false, test: re(/^h[1-6]\.\s\S/u) },
  { markup: 'textile', id: 'footnote', strong: false, test: re(/^fn\d+\.\s\S/u) },
  { markup: 'textile', id: 'quote', strong: false, test: re(/^bq\.\s\S/u) },
  { markup: 'troff', id: 'comment', strong: true, test: re(/^[.']\s*\\"/) },
  { markup: 'troff', id: 'macro', strong: true, test: re(/^\.(?:TL|AU|AI|AB(?: no)?|AE|NH(?: \d)?|SH(?: .*)?|SS .*|PP|LP|QP|IP(?: .*)?|TH .*|QS|QE|DS|DE|pp|lp|sh \d.*)$/) },
  { markup: 'troff', id: 'mom', strong: true, test: re(/^\.(?:TITLE|AUTHOR|DOCTYPE|PRINTSTYLE|COPYSTYLE|CHAPTER(?:_TITLE)?|START|COLLATE|LINEBREAK|HEADING \d)(?: |$)/) },
  { markup: 'troff', id: 'request', strong: true, test: re(/^\.(?:sp(?: \d+[vpi]?)?|bp|br|ce(?: \d+)?|nf|fi|nr [A-Za-z]{1,2} .*|ds [A-Za-z]{1,2} .*|ft [A-Z0-9]|ps [+-]?\d+|in [+-]?\d+.*)$/) },
  { markup: 'troff', id: 'font-request', strong: false, test: re(/^\.(?:I|B|R|BI|IR|RI) .+$/) },
  { markup: 'troff', id: 'escape', strong: false, test: re(/\\f[IBRP]|\\\((?:em|en|lq|rq|oq|cq|hy|bu)|\\\*\(/) },
  { markup: 'mediawiki', id: 'template', strong: true, test: re(/^\{\{[A-Za-z][^{}|\n]*(?:\||\}\}\s*$|$)/) },
  { markup: 'mediawiki', id: 'filing-link', strong: true, test: re(/^\[\[(?:Category|File|Image):[^\]]+\]\]$/) },
  { markup: 'mediawiki', id: 'references', strong: true, test: re(/<ref(?:erences)?\b[^>]*\/?>/) },
  { markup: 'mediawiki', id: 'heading', strong: false, test: re(/^(={2,5}) ?[^=\s].*?[^=\s] ?\1$/) },
  { markup: 'mediawiki', id: 'bold', strong: false, test: re(/'''[^'\n]+'''/) },
  { markup: 'mediawiki', id: 'piped-link', strong: false, test: re(/\[\[[^\]|\n]+\|[^\]\n]+\]\]/) },
  // Confluence (and Jira) wiki markup: macro tags by name, bare or with `key=value` parameters, and `[~user]` mentions.
  { markup: 'confluence', id: 'macro', strong: true, test: (l) => CONFLUENCE_TAG.test(l) },
  { markup: 'confluence', id: 'mention', strong: true, test: re(/\[~[\w.@-]+\]/) },
  { markup: 'confluence', id: 'heading', strong: false, test: re(/^h[1-6]\.\s\S/u) },
  { markup: 'confluence', id: 'table-header', strong: false, test: re(/^\|\|.*\|\|$/) },
  // inkle's Ink: diverts and declarations no prose writes; knots and logic lines only beside them.
  { markup: 'ink', id: 'divert', strong: true, test: re(/^(?:[*+-][^>]*)?->\s*(?:END|DONE|[A-Za-z_][\w.]*)\s*$/) },
  { markup: 'ink', id: 'declaration', strong: true, test: re(/^(?:VAR|CONST)\s+[A-Za-z_]\w*\s*=\s*\S|^INCLUDE\s+\S+\.ink$/) },
  { markup: 'ink', id: 'knot', strong: false, test: re(INK_KNOT) },
  { markup: 'ink', id: 'logic', strong: false, test: re(/^~\s*(?:[A-Za-z_]\w*\s*[-+]?=|return\b|temp\s)/) },
  { markup: 'ink', id: 'choice', strong: false, test: re(/^[*+]\s*\[[^\]]*\](?!\()/) },
  // DokuWiki: page switches, plugin boxes, the Tag plugin and a `^ header |` table row no prose begins with.
  { markup: 'dokuwiki', id: 'switch', strong: true, test: re(DOKUWIKI_SWITCH) },
  { markup: 'wikispaces', id: 'furniture', strong: true, test: re(WIKISPACES_FURNITURE) },
  { markup: 'wikispaces', id: 'heading', strong: false, test: re(/^(={1,6}) \S.*? \1$/) },
  { markup: 'wikispaces', id: 'emphasis', strong: false, test: re(/(?:^|[^:])\/\/[^/\s][^/]*[^/\s:]\/\/|\*\*[^*\s][^*]*\*\*/) },
  // Only the plugins' own tags: `<div>`, `<code>` and the like are HTML's too.
  { markup: 'dokuwiki', id: 'plugin', strong: true, test: re(new RegExp(`^</?(?:${[...DOKUWIKI_BOXES, 'wrap'].join('|')})(?:\\s[^>]*)?>`, 'i')) },
  { markup: 'dokuwiki', id: 'tag', strong: true, test: re(/^\{\{tag>[^}]*\}\}$/) },
  { markup: 'dokuwiki', id: 'table-header', strong: true, test: re(/^\^ [^|^\n]+ [|^]/) },
  { markup: 'dokuwiki', id: 'media', strong: true, test: re(/\{\{ ?:?[\w.-]+:[\w.:-]+(?:\?[\w&=]+)? ?(?:\|[^}]*)?\}\}/) },
  { markup: 'dokuwiki', id: 'heading', strong: false, test: re(/^(={2,6}) \S.*? \1$/) },
  { markup: 'dokuwiki', id: 'list', strong: false, test: re(/^ {2,}[*-] \S/) },
  // LyX's own file format: a signature line, a format number, and layouts and insets opened on lines of their own.
  { markup: 'lyx', id: 'signature', strong: true, test: re(LYX_SIGN) },
  { markup: 'lyx', id: 'format', strong: true, test: re(/^\\lyxformat \d+$/) },
  { markup: 'lyx', id: 'structure', strong: true, test: re(/^\\(?:begin|end)_(?:document|header|body|layout|inset)\b/) },
  // MoinMoin: its processing instructions, macros and category line; headings and `##` comments only beside them.
  { markup: 'moinmoin', id: 'instruction', strong: true, test: (l) => MOIN_INSTRUCTION.test(l) && /^#(?:format|pragma|acl|language [a-z]{2}(?:-[a-z]+)?$)/i.test(l) },
  { markup: 'moinmoin', id: 'macro', strong: true, test: re(MOIN_MACROS) },
  { markup: 'moinmoin', id: 'categories', strong: true, test: re(MOIN_CATEGORIES) },
  { markup: 'moinmoin', id: 'heading', strong: false, test: re(/^(={1,5}) \S.*? \1$/) },
  { markup: 'moinmoin', id: 'comment', strong: false, test: re(/^## /) },
  // SubStation Alpha scripts (Aegisub's .ass): their sections, version line and timed events.
  { markup: 'substation', id: 'section', strong: true, test: re(SUBSTATION_SECTION) },
  { markup: 'substation', id: 'script-type', strong: true, test: re(/^ScriptType:\s*v4\.00\+?$/i) },
  { markup: 'substation', id: 'event', strong: true, test: re(SUBSTATION_EVENT) },
  { markup: 'substation', id: 'format', strong: false, test: re(/^Format:\s*(?:Name|Layer|Marked),/) },
  // Twee (Twine's source): its special passages, passage headers with tags or metadata, and the formats' macros.
  { markup: 'twee', id: 'special', strong: true, test: (l) => l.startsWith('::') && TWEE_SPECIAL.test(TWEE_HEADER.exec(l)?.[1]?.trim() ?? '') },
  { markup: 'twee', id: 'header', strong: false, test: (l) => l.startsWith('::') && TWEE_HEADER.test(l) },
  { markup: 'twee', id: 'macro', strong: false, test: re(/<<\/?[a-z][\w-]*(?:\s[^>]*)?>>|\((?:set|if|put|goto|link|print|display):|<%=?[^%]*%>/) },
  { markup: 'twee', id: 'link', strong: false, test: re(/\[\[[^\]]+(?:->|\|)[^\]]+\]\]/) },
  { markup: 'zim', id: 'content-type', strong: true, test: re(/^Content-Type: text\/x-zim-wiki$/) },
  { markup: 'zim', id: 'wiki-format', strong: true, test: re(/^Wiki-Format: zim\b/) },
  { markup: 'zim', id: 'checkbox', strong: false, test: re(/^\s*\[[ *x>]\] \S/) },
  { markup: 'zim', id: 'italic', strong: false, test: re(/(?:^|\s)\/\/[^/\s][^/\n]*[^/\s:]\/\/(?:\s|[.,;:!?]|$)/) },
  // Command markups (commands.ts): Texinfo, Pollen, ChoiceScript, InDesign tagged text.
  { markup: 'commands', id: 'preamble', strong: true, test: re(/^(?:\\input texinfo\b|#lang pollen\b|<(?:ASCII|UNICODE|ANSI)-(?:WIN|MAC)>$)/) },
  { markup: 'commands', id: 'texinfo', strong: true, test: re(/^@(?:settitle|chapter|unnumbered|node|titlepage|end (?:titlepage|quotation|menu|copying|example))\b/) },
  { markup: 'commands', id: 'pollen', strong: true, test: re(/^◊(?:\(define-meta |[a-z][\w-]*[[{])/u) },
  { markup: 'commands', id: 'choicescript', strong: true, test: re(/^\*(?:title|author|scene_list|comment)\b/) },
  { markup: 'commands', id: 'choicescript-logic', strong: true, test: re(/^\s*\*(?:create|choice|fake_choice|label|goto|goto_scene|page_break|finish|temp|set|if|elseif|else)\b/) },
  { markup: 'commands', id: 'tagged', strong: true, test: re(/^<(?:ParaStyle|DefineParaStyle|DefineCharStyle|Version):/) },
  { markup: 'commands', id: 'inline', strong: false, test: re(/[@◊](?:emph|em|strong|samp|code|var|cite|i|b)\{|<0x[0-9A-Fa-f]{4}>|<CharStyle:/u) },
  // Heading-sign markups (heading-markups.ts).
  { markup: 'txt2tags', id: 'setting', strong: true, test: re(/^%!\s*(?:target|encoding|options|style|postproc|preproc|includeconf|csv)\b/i) },
  { markup: 'txt2tags', id: 'title', strong: false, test: re(/^([=+]{1,5}) \S.*? \1(?:\[[\w-]*\])?$/) },
  { markup: 'tiddlywiki', id: 'type', strong: true, test: re(/^type: text\/(?:vnd\.tiddlywiki|x-tiddlywiki)$/) },
  { markup: 'tiddlywiki', id: 'stamp', strong: true, test: re(/^(?:created|modified): \d{17}$/) },
  { markup: 'tiddlywiki', id: 'heading', strong: false, test: re(/^!{1,6}\s?\S/) },
  { markup: 'foswiki', id: 'meta', strong: true, test: re(/^%META:(?:TOPICINFO|TOPICPARENT|FORM|FIELD|FILEATTACHMENT)\{/) },
  { markup: 'foswiki', id: 'heading', strong: false, test: re(/^---\+{1,6}(?:!!)?\s*\S/) },
  { markup: 'vimwiki', id: 'directive', strong: true, test: re(/^%(?:title|template|nohtml)(?:\s+\S.*)?$/) },
  { markup: 'vimwiki', id: 'comment', strong: false, test: re(/^%%(?:\s|$)/) },
  { markup: 'pmwiki', id: 'directive', strong: true, test: re(/^\((?::(?:title|description|keywords|toc|notoc|comment|include|pagelist|searchbox|if|ifend|noheader|nofooter|nogroupheader|redirect|table|cell|cellnr|tableend)\b)[^\n]*:\)/) },
  { markup: 'pmwiki', id: 'preformatted', strong: true, test: re(/^\[@$|^@\]$/) },
  { markup: 'pmwiki', id: 'style', strong: false, test: re(/^%(?:center|right|left|rframe|lframe|frame|block|newwin|apply=\w+)\b[^%]*%/) },
  { markup: 'pmwiki', id: 'emphasis', strong: false, test: re(/'''?[^'\n]+'''?/) },
  { markup: 'novelwriter', id: 'title', strong: true, test: re(/^#! \S/) },
  { markup: 'novelwriter', id: 'keyword', strong: true, test: re(/^@(?:pov|focus|char|location|plot|time|object|entity|custom|tag):/) },
  { markup: 'novelwriter', id: 'heading', strong: false, test: re(/^#{1,4}!? \S/) },
  { markup: 'renpy', id: 'character', strong: true, test: re(/^define \w+ = Character\(/) },
  { markup: 'renpy', id: 'label', strong: true, test: re(/^label \w+:$/) },
  // AmigaGuide: Texinfo's `@node` has no quoted title, and no `@endnode` or `@{"…" link …}` buttons.
  { markup: 'amigaguide', id: 'database', strong: true, test: re(/^@database\b/i) },
  { markup: 'amigaguide', id: 'node', strong: true, test: re(/^@node\s+\S+\s+"[^"]*"\s*$/i) },
  { markup: 'amigaguide', id: 'endnode', strong: true, test: re(/^@endnode\s*$/i) },
  { markup: 'amigaguide', id: 'button', strong: true, test: re(/@\{\s*"[^"]*"\s+(?:link|alink|system|rx|rxs|guide|close|quit)\b/i) },
  { markup: 'amigaguide', id: 'attribute', strong: false, test: re(/@\{(?:b|ub|i|ui|u|uu|plain|par|line|jcenter|fg \w+|bg \w+)\}/i) },
  { markup: 'amigaguide', id: 'navigation', strong: false, test: re(/^@(?:prev|next|toc)\s+\S+\s*$/i) },
  { markup: 'pml', id: 'chapter', strong: true, test: re(/^\\(x|X[0-4]).*\\\1$/) },
  { markup: 'pml', id: 'toc-label', strong: true, test: re(/^\\C[0-4]="[^"]*"$/) },
  { markup: 'pml', id: 'indent', strong: false, test: re(/^\\t(?:\\a\d{3}|\\i)?[\p{Lu}"']/u) },
  { markup: 'pml', id: 'character', strong: false, test: re(/\\a\d{3}\S/) },
  { markup: 'pml', id: 'hidden', strong: false, test: re(/^\\v.*\\v$/) },
  { markup: 'aozora', id: 'heading', strong: true, test: re(/［＃(?:「[^」]*」は)?[大中小]見出し］/u) },
  { markup: 'aozora', id: 'page', strong: true, test: re(/［＃(?:改ページ|改丁|改段|区切り線|ページの左右中央)］/u) },
  { markup: 'aozora', id: 'layout', strong: false, test: re(/［＃(?:ここから|ここで|[０-９0-9]+字下げ|地付き|傍点|「[^」]*」に傍点)/u) },
  { markup: 'aozora', id: 'ruby', strong: false, test: re(/[｜\p{Script=Han}][^《\s]{0,20}《[\p{Script=Hiragana}\p{Script=Katakana}ー]+》/u) },
];

/** Lines looked at: a header and the first chapters are enough, and a long book costs nothing more. */
const SCAN_LINES = 400;

/**
 * Which markup a manuscript is written in, or null for plain text: the file
 * name when it says (`.org`, `.adoc`, `.rst`, `.tex`, `.bbcode`), else the
 * evidence of its first lines. A markup needs evidence on two lines or
 * more, of two kinds, one of them strong — BBCode and LaTeX chapter files,
 * which have no header syntax, need three lines of two kinds — so a story
 * that merely holds `* * *`, a `= ` line or one bracketed tag stays text.
 */
export function detectMarkup(file: string, text: string): Markup | null {
  const named = EXTENSIONS.find(([pattern]) => pattern.test(file));
  if (named) return named[1];
  const lines = text.slice(0, 200_000).split('\n', SCAN_LINES).map((l) => l.replace(/\s+$/, ''));
  const found = new Map<Markup, { lines: Set<number>; ids: Set<string>; strong: boolean }>();
  lines.forEach((line, k) => {
    if (line.length > 400) return;
    for (const e of EVIDENCE) {
      if (!e.test(line, lines[k + 1], lines[k - 1])) continue;
      const f = found.get(e.markup) ?? { lines: new Set(), ids: new Set(), strong: false };
      f.lines.add(k);
      f.ids.add(e.id);
      f.strong ||= e.strong;
      found.set(e.markup, f);
    }
  });
  let best: { markup: Markup; score: number } | null = null;
  for (const [markup, f] of found) {
    const enough = f.ids.size >= 2 && (f.strong ? f.lines.size >= 2 : f.lines.size >= 3 && (markup === 'bbcode' || markup === 'latex'));
    if (enough && (best === null || f.lines.size > best.score)) best = { markup, score: f.lines.size };
  }
  return best?.markup ?? null;
}
