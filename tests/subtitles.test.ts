import { describe, expect, it } from 'vitest';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

/** Subtitle files of a narrated story (src/parse/subtitles.ts): SubRip and WebVTT, read back into the narration. */
const read = (text: string) => outline(parse(new TextEncoder().encode(text), 'cuento.txt'));
const srt = (cues: string[][]): string =>
  '\uFEFF' + cues.map((lines, k) => `${k + 1}\r\n00:00:${String(k).padStart(2, '0')},240 --> 00:00:${String(k).padStart(2, '0')},900\r\n${lines.join('\r\n')}\r\n`).join('\r\n');

describe('subtitle files', () => {
  it('reads a SubRip file: title cards, chapter cards, the narration across cues; sound cues and the credits after FIN left out', () => {
    const o = read(
      srt([
        ['<i>[MÚSICA SUAVE]</i>'],
        ['CUENTOS DE MEDIANOCHE', 'presenta'],
        ['"La costurera del faro"'],
        ['Escrito y narrado por', 'Inés Albarracín'],
        ['CAPÍTULO I', 'La aguja'],
        ['En la costa de Finisterre, donde el mar', 'rompe contra las rocas como si tuviera'],
        ['prisa,'],
        ['vivía una costurera.'],
        ['[OLAS]'],
        ['CAPÍTULO II', 'El hilo rojo'],
        ['El hombre traía una lona vieja.'],
        ['♪ ♪ ♪'],
        ['Era el anillo de cobre.'],
        ['FIN'],
        ['Gracias por escuchar. Suscríbete.'],
        ['Subtítulos: Inés Albarracín'],
      ]),
    );
    expect([o.title, o.author]).toEqual(['La costurera del faro', 'Inés Albarracín']);
    expect(o.chapters.map((c) => [c.number, c.title, c.sceneBreaks, c.firstWords])).toEqual([
      [1, 'La aguja', 0, 'En la costa de Finisterre,'],
      [2, 'El hilo rojo', 0, 'El hombre traía una lona'],
    ]);
    expect(o.wordCount).toBe(19 + 6 + 5);
    expect(o.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['subtitles', 'subtitle-sounds', 'subtitle-credits']));
  });

  it("reads a WebVTT file: its header's and NOTE's labelled lines as fields, voice tags and STYLE off", () => {
    const o = read(`WEBVTT
Kind: captions

NOTE
Title: Low Water
Author: Maud Ellery

STYLE
::cue { color: #ffffff; }

1
00:00:00.000 --> 00:00:03.167
[gentle waves, gulls]

2
00:00:03.467 --> 00:00:06.800
<v Tom>My grandfather dug bait
on the flats at Sallow Bay

3
00:00:07.100 --> 00:00:10.489
for sixty years.
`);
    expect([o.title, o.author, o.fields.Kind]).toEqual(['Low Water', 'Maud Ellery', 'captions']);
    expect(o.chapters.map((c) => c.firstWords)).toEqual(['My grandfather dug bait on']);
    expect(o.wordCount).toBe(13);
  });
  it('reads SAMI captions (.smi): each SYNC a cue, <br> its lines, &nbsp; a pause, the head left out; a credit card of labels stays lines, and Korean ordinal chapters (첫 번째 이야기) head chapters', () => {
    const sync = (ms: number, text: string) => `<SYNC Start=${ms}><P Class=KRCC>\n${text}\n`;
    const o = read(
      [
        '<SAMI>',
        '<HEAD>',
        '<TITLE>[소리책방] 달빛 세탁소 - 오디오북</TITLE>',
        '<STYLE TYPE="text/css"><!-- .KRCC { Name:한국어; lang:ko-KR; } --></STYLE>',
        '</HEAD>',
        '<BODY>',
        sync(0, '&nbsp;'),
        sync(900, '(잔잔한 피아노 음악)'),
        sync(17404, '달빛 세탁소'),
        sync(19957, '글: 윤서하<br>낭독: 김도윤'),
        sync(23391, '&nbsp;'),
        sync(24291, '첫 번째 이야기 ― 잃어버린 단추'),
        sync(29488, '우리 동네에는 밤에만 문을 여는<br>세탁소가 하나 있다.'),
        sync(35722, '간판도 없고, 전화번호도 없다.'),
        sync(40000, '두 번째 이야기 ― 주머니 속 편지'),
        sync(45000, '할아버지는 세탁기 앞에 앉아 있었다.'),
        '</BODY>',
        '</SAMI>',
      ].join('\n'),
    );
    expect([o.title, o.author]).toEqual(['달빛 세탁소', '윤서하']);
    expect(o.fields).toMatchObject({ 낭독: '김도윤' });
    expect(o.chapters.map((c) => [c.number, c.title, c.firstWords])).toEqual([
      [1, '잃어버린 단추', '우리 동네에는 밤에만 문을 여는'],
      [2, '주머니 속 편지', '할아버지는 세탁기 앞에 앉아 있었다.'],
    ]);
    expect(o.wordCount).toBe(8 + 4 + 5);
  });
});

describe('MicroDVD and MPL2 subtitles', () => {
  it('reads frame-timed cues: the frame rate, style codes and italics marks off, bold chapter cards, a heading said aloud kept in the text', () => {
    const o = read(
      [
        '{1}{1}25.000',
        '{0}{90}{y:i}Translation: swallow_77|Proofreading: Bart.W',
        '{300}{400}{y:b}THE LAST STATIONMASTER',
        '{410}{500}{y:i}written and directed by|Tomas Vlcek',
        '{640}{730}{y:b}CHAPTER I|SNOW',
        '{812}{905}/That winter the snow came early|/and did not melt until March.',
        '{1890}{1960}What are you reading?',
        '{1962}{2050}Chapter two.|About coal engines.',
        '{2055}{2130}When I finish school,|I will drive one.',
        '{2400}{2490}{y:b}CHAPTER II|THE TRAIN',
        '{2560}{2640}-Did you hear? They are closing the station.|-I heard.',
        '{5100}{5180}{y:b}THE END',
        '{5250}{5400}{y:i}Subtitles: swallow_77|See you on the forum!',
      ].join('\n'),
    );
    expect([o.title, o.author]).toEqual(['THE LAST STATIONMASTER', 'Tomas Vlcek']);
    expect(o.fields).toMatchObject({ Translation: 'swallow_77', Proofreading: 'Bart.W' });
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, 'SNOW'], [2, 'THE TRAIN']]);
    expect(o.wordCount).toBe(12 + 4 + 5 + 8 + 10);
  });

  it('reads MPL2 cues timed in tenths of a second', () => {
    const o = read(['[10][40]Chapter 1', '[50][90]/The river was high that spring', '[95][120]and the ferry ran late.', '[130][160]Chapter 2', '[170][200]Nobody spoke of the lantern.'].join('\n'));
    expect(o.chapters.map((c) => [c.number, c.firstWords])).toEqual([[1, 'The river was high that'], [2, 'Nobody spoke of the lantern.']]);
  });
});
