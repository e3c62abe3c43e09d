import { EM, STRONG } from './markup-blocks.js';
import { MOM_FONTS } from './mom.js';

/** troff's special characters (`\(em`, `\[lq]`) that stories use; groff_char(7) names them. */
const CHARACTERS: Readonly<Record<string, string>> = {
  em: '—', en: '–', hy: '-', mi: '−', lq: '“', rq: '”', oq: '‘', cq: '’', aq: "'", dq: '"', Fo: '«', Fc: '»', fo: '‹', fc: '›',
  bu: '•', co: '©', rg: '®', tm: '™', de: '°', dg: '†', dd: '‡', sc: '§', ps: '¶', mu: '×', di: '÷', '+-': '±', ga: '`', aa: '´',
  ti: '~', ha: '^', ul: '_', rs: '\\', sl: '/', ba: '|', or: '|', ct: '¢', Po: '£', Eu: '€', eu: '€', Ye: '¥', ss: 'ß',
  ':a': 'ä', ':o': 'ö', ':u': 'ü', ':A': 'Ä', ':O': 'Ö', ':U': 'Ü', "'e": 'é', "'a": 'á', "'i": 'í', "'o": 'ó', "'u": 'ú', "'E": 'É',
  '`e': 'è', '`a': 'à', '^e': 'ê', '^o': 'ô', ',c': 'ç', ',C': 'Ç', '~n': 'ñ', '~N': 'Ñ', ae: 'æ', AE: 'Æ', '/o': 'ø', '/O': 'Ø', oe: 'œ', OE: 'Œ',
  '.i': 'ı', 'r!': '¡', 'r?': '¿', '14': '¼', '12': '½', '34': '¾', 'sq': '□', '**': '∗', 'sp': ' ',
};

/**
 * One escape: a font change, a special character, a defined string, or one
 * of the escapes that only move the pen or set sizes (taken off whole,
 * delimited argument and all). Alternatives are anchored by their escape
 * letter, so the pattern cannot backtrack far on any line.
 */
const ESCAPE = /\\(?:f(?:\(([A-Za-z0-9]{2})|\[([^\]\n]{0,40})\]|([A-Za-z0-9]))|\(([^\n]{2})|\[([^\]\n]{0,40})\]|\*(?:\(([^\n]{2})|\[([^\]\n]{0,40})\]|(.))|s(?:[+-]?\d{1,2}|\([+-]?\d{2}|\[[^\]\n]{0,40}\])|n(?:\([^\n]{2}|\[[^\]\n]{0,40}\]|[+-]?.)|([hvwlLDoXZbxNRS])(['"|])[^\n]{0,80}?\10|"[^\n]*|(.))/g;

/** What the other one-character escapes mean in running text. */
const SIMPLE: Readonly<Record<string, string>> = { '-': '-', e: '\\', '\\': '\\', '&': '', '|': '', '^': '', '%': '', c: '', ' ': '\u00A0', '~': '\u00A0', '0': ' ', "'": '´', '`': '`', '.': '.', t: ' ', a: '', ':': '', '/': '', ',': '', '!': '', '{': '', '}': '', p: '', r: '', u: '', d: '', k: '', z: '' };

const ITALIC = /^(?:I|2|BI|IB|CI|HI|TI|I[A-Z]?)$/;
const BOLD = /^(?:B|3|CB|HB|TB)$/;

/**
 * troff running text to the markup readers' marked text: `\fI…\fP` and
 * `\fB…\fR` as emphasis and strong (fonts as a state: a new font closes
 * the last; mom's `\*[IT]`/`\*[BD]`/`\*[PREV]` likewise), special characters as themselves (`\(em` —, `\(lq` “,
 * `\[u00E9]` é), `\*(xx` strings as `.ds` defined them, `\-` a hyphen, and
 * the escapes that only set spacing, sizes or motions taken off.
 */
export function troffInline(text: string, strings: ReadonlyMap<string, string> = new Map()): string {
  let font: 'R' | 'I' | 'B' = 'R';
  let previous: 'R' | 'I' | 'B' = 'R';
  const setFont = (name: string): string => {
    const next = name === 'P' ? previous : ITALIC.test(name) ? 'I' : BOLD.test(name) ? 'B' : 'R';
    previous = font;
    if (next === font) return '';
    const close = font === 'I' ? EM.close : font === 'B' ? STRONG.close : '';
    font = next;
    return close + (next === 'I' ? EM.open : next === 'B' ? STRONG.open : '');
  };
  const out = text.replace(ESCAPE, (_whole, f2?: string, fLong?: string, f1?: string, c2?: string, cLong?: string, s2?: string, sLong?: string, s1?: string, _motion?: string, _delimiter?: string, simple?: string) => {
    const fontName = f2 ?? fLong ?? f1;
    if (fontName !== undefined) return setFont(fontName);
    const character = c2 ?? cLong;
    if (character !== undefined) return special(character);
    const name = s2 ?? sLong ?? s1;
    if (name !== undefined) {
      const defined = strings.get(name);
      if (defined !== undefined) return defined;
      // mom sets fonts inline through strings of its own (`\*[IT]…\*[PREV]`).
      const momFont = MOM_FONTS[name];
      return momFont !== undefined ? setFont(momFont) : '';
    }
    if (simple !== undefined) return SIMPLE[simple] ?? simple;
    // Comments, motions, sizes and number registers carry no words.
    return '';
  });
  return out + setFont('R');
}

function special(name: string): string {
  const unicode = /^u([0-9A-Fa-f]{4,6})(?:_[0-9A-Fa-f]{4,6})*$/.exec(name);
  if (unicode) {
    const code = parseInt(unicode[1]!, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  }
  return CHARACTERS[name] ?? '';
}

/** A request's arguments as troff splits them: by spaces, `"…"` keeping spaces (`""` a quote inside). */
export function requestArguments(text: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"]|"")*)(?:"|$)|(\S+)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!);
  return out;
}
