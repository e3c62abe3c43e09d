import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../src/read/read-source.js';

type Part = string | number | number[];
/** Bytes from ASCII strings and byte values. */
const bytes = (...parts: Part[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'number' ? [p] : Array.isArray(p) ? p : [...Buffer.from(p, 'latin1')])));
const hex = (h: string): number[] => [...Buffer.from(h, 'hex')];
const read = (data: Uint8Array, file = 'story.txt') => sourceFromBytes(file, data);
const rules = (data: Uint8Array): string[] => read(data).sink.list.map((d) => d.ruleId);

describe('ARMSCII-8', () => {
  // Bytes written by glibc's iconv -t ARMSCII-8.
  const heading = hex('b6c8e0f4ca20b2e8b2e6c6dc');
  const paragraph = hex('d8bbf120b5b3cfe1f5d920d9c720d1c7dd20cdc7f1b3ddbbddc720cfb3f1a320a820eae5b3ebc7f120b7b3f1ddb3ddc12c20a820b3ebb3f320ddb3a3');

  it('reads Armenian text in ARMSCII-8, letters, full stops and dashes as written', () => {
    const source = read(bytes(heading, '\r\n\r\n   ', paragraph, '\r\n'));
    expect(source.encoding).toBe('armscii-8');
    expect(source.text).toBe('ԳԼՈՒԽ ԱՌԱՋԻՆ\n\n   Մեր բակում մի հին ծիրանենի կար։ — Սպասիր գարնանը, — ասաց նա։\n');
  });

  it.each([
    ['French', 'windows-1252', 'Le café était fermé. « Déjà ? » dit-elle, et elle repartit vers la forêt où l’été finissait.\n'],
    ['Italian', 'windows-1252', 'Così finì la città: perché nessuno sapeva più niente, e lì restò.\n'],
    ['German', 'windows-1252', 'Über die Brücke gingen fünf Mädchen, und sie lächelten höflich.\n'],
    ['Russian', 'windows-1251', 'Последний трамвай уходил из депо в двадцать три сорок, и никто не ждал его.\n'],
    ['Russian', 'koi8-r', 'Последний трамвай уходил из депо в двадцать три сорок, и никто не ждал его.\n'],
    ['Greek', 'iso-8859-7', 'Το τελευταίο τραμ έφυγε από το αμαξοστάσιο στις έντεκα και σαράντα.\n'],
  ])('does not read %s text in %s as ARMSCII-8 or WordStar', (_language, encoding, text) => {
    const source = read(iconv.encode(text, encoding));
    expect(source.text).toBe(text);
  });
});

describe('ISO-2022-JP and MIME encoded-words', () => {
  // 星を拾う男, by glibc's iconv -t ISO-2022-JP.
  const title = hex('1b2442403124723d262426434b1b2842');

  it('reads 7-bit Japanese with escape sequences, which is also valid ASCII', () => {
    const source = read(bytes(title, '\n\nThe end.\n'));
    expect(source.encoding).toBe('iso-2022-jp');
    expect(source.text).toBe('星を拾う男\n\nThe end.\n');
  });

  it('leaves ASCII with terminal colour escapes as UTF-8', () => {
    const source = read(bytes('\x1b[1mTitle\x1b[0m\n\nText.\n'));
    expect(source.encoding).toBe('utf-8');
  });

  it('decodes encoded-words in header lines, B and Q, adjacent words joined', () => {
    const source = read(
      bytes(
        'From: a@example.org\nSubject: =?ISO-2022-JP?B?GyRCQztKVCFWQDEkcj0mJCZDSyFXGyhC?=\n',
        'X-Title: =?UTF-8?Q?Caf=C3=A9_du?= =?utf-8?q?_port?=\n\nIn the body =?UTF-8?Q?Caf=C3=A9?= stays as written.\n',
      ),
    );
    expect(source.text).toBe('From: a@example.org\nSubject: 短編「星を拾う男」\nX-Title: Café du port\n\nIn the body =?UTF-8?Q?Caf=C3=A9?= stays as written.\n');
    expect(source.sink.list.find((d) => d.ruleId === 'mime-encoded-words')?.line).toBe(2);
  });

  it('leaves an encoded-word in an unknown charset as it is', () => {
    expect(read(bytes('Subject: =?x-unknown?B?SGk=?=\n\nText.\n')).text).toContain('=?x-unknown?B?SGk=?=');
  });
});

describe('DOS end of file', () => {
  it('drops a trailing Ctrl-Z and its padding, without a control-character warning', () => {
    const cp866 = iconv.encode('ГЛАВА ПЕРВАЯ\r\n\r\n     Последний трамвай уходил из депо.\r\n', 'cp866');
    const source = read(bytes([...cp866], 0x1a, 0x1a, 0x1a));
    expect(source.encoding).toBe('cp866');
    expect(source.text).toBe('ГЛАВА ПЕРВАЯ\n\n     Последний трамвай уходил из депо.\n');
    expect(rules(bytes('Title\n\nText.\n', 0x1a, 0))).not.toContain('text-control-character');
  });

  it('keeps a Ctrl-Z inside the text visible as a replaced character', () => {
    expect(read(bytes('Title\n\nA', 0x1a, 'B.\n')).text).toContain('A\uFFFDB.');
  });
});

describe('WordStar documents', () => {
  const high = (word: string): number[] => [...Buffer.from(word.slice(0, -1), 'latin1'), word.charCodeAt(word.length - 1) | 0x80];
  const softReturn = [0x20, 0x8d, 0x0a];

  it('joins soft returns, clears high bits, drops soft spaces, print controls and dot commands', () => {
    const data = bytes(
      '.. MILL.WS draft 1\r\n.op\r\n.he The Mill / Draft\r\n\r\n',
      0x02, 'THE MILL', 0x02, '\r\n.pa\r\n',
      '     The ', 0xa0, high('miller'), ' wheel ', high('turned'), ' all', softReturn,
      'night long and the ', 0x13, 'whole', 0x13, ' village ', high('slept.'), '\r\n\r\n',
      '     A second para', 0x1f, softReturn, 'graph.\r\n', 0x1a, 0x1a,
    );
    const source = read(data, 'MILL.WS');
    expect(source.encoding).toBe('us-ascii');
    expect(source.text).toBe('THE MILL\n\n     The miller wheel turned all night long and the whole village slept.\n\n     A second paragraph.\n');
    expect(source.sink.list.find((d) => d.ruleId === 'encoding-wordstar')?.reason).toContain('4 dot commands');
  });

  it('reads characters written as ESC, IBM PC code, FS, and breaks the paragraph at a page feed (LF with the high bit)', () => {
    const source = read(bytes('.op\r\n', 0x02, 'Le Caf', 0x1b, 0x82, 0x1c, 0x02, '\r\n\r\nThe ', high('end'), ' of ', high('one'), 0x8a, 'The start of ', high('two.'), '\r\n'));
    expect(source.text).toBe('Le Café\n\nThe end of one\n\nThe start of two.\n');
  });

  it('reads a WordStar file without high bits (print controls and dot commands only)', () => {
    const source = read(bytes('.pl 66\r\n.op\r\n', 0x02, 'Title', 0x02, '\r\n\r\nSome ', 0x19, 'italic', 0x19, ' text.\r\n'));
    expect(source.text).toBe('Title\n\nSome italic text.\n');
  });

  it('does not take Latin-1 text with word-final accents, UTF-8 or a line of dots for WordStar', () => {
    const italian = 'Così finì la città: perché nessuno sapeva più niente, e lì restò.\n\nPerché? Può darsi. Andò là.\n';
    expect(read(iconv.encode(italian, 'windows-1252')).encoding).toBe('windows-1252');
    // In DOS code pages a word-final ì before a line feed is 0x8D 0x0A, WordStar's soft return.
    const lines = 'Lei disse di sì\nma lui restò lì\ne la città dormì\nperché era così\nfinché lui partì\n';
    expect(rules(iconv.encode(lines, 'cp850'))).not.toContain('encoding-wordstar');
    const utf8 = read(bytes(...[...Buffer.from('Ryō\n...and then Ryō left.\n.pa is not a word.\n', 'utf8')]));
    expect(utf8.encoding).toBe('utf-8');
    expect(utf8.text).toBe('Ryō\n...and then Ryō left.\n.pa is not a word.\n');
  });
});
