/**
 * The text of an RTF document (WordPad, TextEdit, older Word saves, often
 * renamed to `.txt`): paragraphs as blank-line-separated text, its formatting,
 * font and style tables, pictures and hidden destinations left out.
 *
 * Written here rather than taken from npm: the RTF readers there are
 * unmaintained (rtf-parser, @iarna/rtf-to-html) or draw into a browser DOM
 * (rtf.js), and a story needs only the text: groups, control words, `\'hh`
 * bytes in the document's code page and `\uN` characters with their fallbacks.
 */

/** Destinations whose text is not the document's: tables, metadata, pictures, field codes, headers and footers. */
const SKIPPED = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr',
  'footerf', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'xmlnstbl', 'themedata', 'colorschememapping', 'datastore',
  'latentstyles', 'pgdsctbl', 'filetbl', 'revtbl', 'fldinst', 'object', 'nonshppict', 'shppict', 'bkmkstart', 'bkmkend', 'annotation',
  'atnid', 'atnauthor', 'mmathPr', 'operator', 'company', 'doccomm',
]);

/** Control words that stand for text. */
const SYMBOLS: Readonly<Record<string, string>> = {
  par: '\n\n', line: '\n', tab: '\t', page: '\n\n', sect: '\n\n', cell: '\t', row: '\n\n',
  emdash: '—', endash: '–', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”', bullet: '•',
  emspace: '\u2003', enspace: '\u2002', qmspace: '\u2005',
};

const ESCAPED: Readonly<Record<string, string>> = { '\\': '\\', '{': '{', '}': '}', '~': '\u00a0', '_': '\u2011', '-': '' };

interface Group {
  skip: boolean;
  /** Characters to drop after `\uN`: the reader's fallback for programs that cannot show N. */
  uc: number;
  /** Whether the group has had its first control word yet, which names its destination. */
  named: boolean;
}

export interface RtfText {
  text: string;
  /** The code page of the `\'hh` bytes (`windows-1252`). */
  codepage: string;
}

const TOKEN = /\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z'])|([{}])|([\r\n]+)|([^\\{}\r\n]+)/gy;

/** `bytes` start with `{\rtf`; `decodeBytes` reads bytes in a Windows code page. */
export function rtfToText(bytes: Uint8Array, decodeBytes: (bytes: Uint8Array, codepage: string) => string): RtfText {
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const codepage = `windows-${/\\ansicpg(\d{3,5})/.exec(source)?.[1] ?? '1252'}`;
  const out: string[] = [];
  let pending: number[] = [];
  const flush = (): void => {
    if (pending.length === 0) return;
    out.push(decodeBytes(Uint8Array.from(pending), codepage));
    pending = [];
  };
  const stack: Group[] = [];
  let group: Group = { skip: false, uc: 1, named: false };
  let fallback = 0;
  const emit = (text: string): void => {
    if (group.skip || text === '') return;
    flush();
    out.push(text);
  };
  for (const m of source.matchAll(TOKEN)) {
    const [, word, param, hex, escaped, brace, , text] = m;
    if (brace === '{') {
      stack.push(group);
      group = { ...group, named: false };
      fallback = 0;
      continue;
    }
    if (brace === '}') {
      flush();
      group = stack.pop() ?? group;
      fallback = 0;
      continue;
    }
    if (hex !== undefined) {
      if (fallback > 0) fallback--;
      else if (!group.skip) pending.push(Number.parseInt(hex, 16));
      continue;
    }
    if (escaped !== undefined) {
      if (escaped === '*' && !group.named) group.skip = true;
      else if (fallback > 0) fallback--;
      else emit(ESCAPED[escaped] ?? '');
      group.named = true;
      continue;
    }
    if (word !== undefined) {
      const first = !group.named;
      group.named = true;
      if (first && SKIPPED.has(word)) group.skip = true;
      else if (word === 'uc') group.uc = Number(param ?? 1);
      else if (word === 'u') {
        const code = Number(param ?? 0);
        emit(String.fromCharCode(code < 0 ? code + 65536 : code));
        fallback = group.uc;
      } else if (SYMBOLS[word] !== undefined) emit(SYMBOLS[word]);
      continue;
    }
    if (text !== undefined) {
      group.named = true;
      // The fallback characters after `\uN` are plain text here, one character each.
      const kept = fallback > 0 ? text.slice(fallback) : text;
      fallback = Math.max(0, fallback - text.length);
      emit(kept);
    }
  }
  flush();
  const text = out.join('').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  return { text: `${text}\n`, codepage };
}
