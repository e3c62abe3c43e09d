import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { parse } from '../src/parse.js';
import { outline } from '../src/inspect/outline.js';
import { root } from './helpers/inspect.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

const story = 'A Title\n\nAuthor\'s note: hello there.\n\nThe café was quiet — “nice”.\n';

describe('reading bytes', () => {
  it('reads UTF-8 with and without BOM the same way', () => {
    const plain = parse(bytes(story), 'a.txt');
    const bom = parse(bytes([0xef, 0xbb, 0xbf], story), 'b.txt');
    expect(bom.meta.title).toBe('A Title');
    expect(bom.chapters).toEqual(plain.chapters);
  });

  it('composes letters typed as combining marks (NFD), so a heading written so is read, and keeps every word', () => {
    const nfd = 'Orí Kìíní: Ọjà Àárọ̀\n\nNí ìgbà kan, ní ìlú kékeré kan létí odò Ọ̀ṣun.\n\nOrí Kejì: Odò\n\nNí òwúrọ̀, Àdùnní lọ sí etí odò nìkan.\n'.normalize('NFD');
    const m = parse(Buffer.from(nfd), 'itan.txt');
    expect(m.chapters.map((c) => c.title)).toEqual(['Ọjà Àárọ̀'.normalize('NFC'), 'Odò'.normalize('NFC')]);
    expect(m.diagnostics.some((d) => d.ruleId === 'text-composed' && d.line === 1)).toBe(true);
    expect(outline(m).wordCount).toBe(10 + 8);
  });

  it('reads UTF-16LE and UTF-16BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(parse(le, 'le.txt').encoding).toBe('utf-16le');
    expect(parse(be, 'be.txt').meta.title).toBe('A Title');
  });

  it('reads UTF-16 without a BOM, with a warning', () => {
    const m = parse(Buffer.from(story, 'utf16le'), 'nobom.txt');
    expect(m.encoding).toBe('utf-16le');
    expect(m.diagnostics.map((d) => d.ruleId)).toContain('encoding-utf16-no-bom');
  });

  it('falls back to Windows-1252 for invalid UTF-8, 0x80-0x9F included', () => {
    const m = parse(Buffer.from([...Buffer.from('Title\n\n'), 0x93, ...Buffer.from('Hi,'), 0x94, 0x20, 0x97, 0x20, 0x80, 0x0a]), 'legacy.txt');
    expect(m.encoding).toBe('windows-1252');
    expect(JSON.stringify(m.chapters)).toContain('“Hi,” — €');
    expect(m.diagnostics.find((d) => d.ruleId === 'encoding-legacy')?.line).toBe(3);
  });

  it('reads the text of an RTF document, in its code page, without its tables, metadata or formatting', () => {
    const rtf =
      "{\\rtf1\\ansi\\ansicpg1250\\deff0{\\fonttbl{\\f0 Times New Roman;}}{\\info{\\title Hodin\\'e1\\'f8}{\\author Jana}}{\\*\\generator Riched20}\\uc1\n" +
      "\\pard\\qc\\b Hodin\\'e1\\'f8\\b0\\par\n\\pard\\fi720 \\ldblquote Kdy?\\rdblquote  ptali se. \\u269?asu nebylo.\\par\n\\pard ONE\\tab end\\par}";
    const m = parse(Buffer.from(rtf, 'latin1'), 'story.txt');
    expect(m.encoding).toBe('windows-1250');
    expect(JSON.stringify(m)).toContain('“Kdy?” ptali se. času nebylo.');
    expect(JSON.stringify(m)).not.toMatch(/Times New Roman|Riched20|\\\\/);
    expect(m.diagnostics.some((d) => d.ruleId === 'encoding-rtf')).toBe(true);
  });

  it('normalises CRLF and CR line ends', () => {
    const m = parse(bytes('Title\r\n\r\nOne line.\r\rTwo line.\r\n'), 'crlf.txt');
    expect(m.chapters[0]?.children).toHaveLength(2);
  });

  it('replaces characters XML forbids and names their line', () => {
    const m = parse(bytes('Title\n\nA bell\u0007 rang.\n\nAnd\u0001 again\u001b.\n'), 'ctl.txt');
    const text = JSON.stringify(m.chapters);
    expect(text).toContain('A bell\uFFFD rang.');
    expect(m.diagnostics.filter((d) => d.ruleId === 'text-control-character').map((d) => [d.line, d.column])).toEqual([[3, 7], [5, 4]]);
  });

  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0], /PNG image/],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, 0x14, 0], /ZIP archive/],
    ['PDF', [...Buffer.from('%PDF-1.7\n')], /PDF document/],
    ['ELF', [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0], /ELF executable/],
    ['NUL', [...Buffer.from('text\nmore\0binary')], /line 2 contains a NUL byte/],
  ])('refuses binary input (%s) with one clear message', (_name, data, message) => {
    expect(() => parse(Uint8Array.from(data), 'x.txt')).toThrow(InputError);
    expect(() => parse(Uint8Array.from(data), 'x.txt')).toThrow(message);
  });

  it('refuses empty and white-space-only files', () => {
    expect(() => parse(new Uint8Array(), 'empty.txt')).toThrow('empty.txt: the file is empty');
    expect(() => parse(bytes(' \n\t\n\r\n'), 'blank.txt')).toThrow('blank.txt: the file holds only white space');
  });
});

describe('legacy encodings, from real bytes', () => {
  // Each fixture is a short story saved by iconv-lite in a legacy encoding; NAME.utf8 is the text it holds.
  const dir = join(root, 'tests/fixtures/encodings');
  const cases: [string, string][] = [
    ['ru-windows-1251.txt', 'windows-1251'],
    ['ru-koi8-r.txt', 'koi8-r'],
    ['zhs-gb18030.txt', 'gb18030'],
    ['zht-big5.txt', 'big5'],
    ['ja-shift_jis.txt', 'shift_jis'],
    ['ja-euc-jp.txt', 'euc-jp'],
    ['ko-euc-kr.txt', 'euc-kr'],
    ['pl-windows-1250.txt', 'windows-1250'],
    ['fr-windows-1252.txt', 'windows-1252'],
    ['de-cp437.txt', 'cp437'],
  ];
  it.each(cases)('reads %s as %s, every character as written', (file, encoding) => {
    const bytes = readFileSync(join(dir, file));
    const m = parse(bytes, file);
    expect(m.encoding).toBe(encoding);
    const original = readFileSync(join(dir, `${file.split('-')[0]}.utf8`), 'utf8');
    // What the encoding can hold of the original (KOI8-R has no em dash): the same text.
    const expected = iconv.decode(iconv.encode(original, encoding), encoding);
    expect(iconv.decode(bytes, m.encoding)).toBe(expected);
    // The first paragraph of the story reaches the manuscript as written.
    expect(JSON.stringify(m)).toContain(JSON.stringify(expected.split('\n')[5]).slice(1, 40));
    expect(m.diagnostics.find((d) => d.ruleId === 'encoding-legacy')?.reason).toContain(`read as ${encoding}`);
  });
  it('tells Shift_JIS from GB18030, which decodes any Shift_JIS bytes as Han without an error', () => {
    const text = '灯台の猫\n\n［＃５字下げ］一［＃「一」は中見出し］\n\n　岬の灯台に、猫が一匹住んでいた。灯台守《とうだいもり》の老人が町へ下りた冬から、猫はひとりで灯台を守っていた。\n';
    expect(parse(iconv.encode(text, 'shift_jis'), 'neko.txt').encoding).toBe('shift_jis');
  });

  it.each([
    // Korean spaces its words; read as GB18030 the same bytes are Han words between spaces, which Chinese never writes.
    ['euc-kr', '검은 고양이의 정원\n\n좁은 골목 끝에는 아무도 들어가지 않는 정원이 있었다. 할머니는 그 정원에 검은 고양이가 산다고 말했다.\n'],
    // KOI8-R reads Ukrainian і, ї, є as box drawing inside words.
    ['koi8-u', 'ПІЗНІ ЯБЛУКА\n\nЇї яблука достигали пізно, коли вже всі сусіди зібрали свої. Вона казала, що пізні яблука найсолодші.\n'],
    // Mac Roman's curly quotes and dashes read as Windows-1252 are capitals inside words: `DunmoreÕs`.
    ['macintosh', 'Nobody had ever seen Mrs. Dunmore’s recipe, and nobody had needed to.\n\n“It’s always the nephew,” said the postmistress—who read a great deal.\n'],
    // Spanish opens questions with ¿, which Windows-1250 reads as a Polish ż.
    ['windows-1252', '¿Quién dejó la puerta abierta? preguntó la señora, y nadie contestó. El niño miró al suelo.\n'],
  ])('tells %s from the code pages that decode the same bytes without an error', (encoding, text) => {
    const m = parse(iconv.encode(text, encoding), 'story.txt');
    expect(m.encoding).toBe(encoding);
  });
});
