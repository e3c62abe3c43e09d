import { describe, expect, it } from 'vitest';
import { NOTE_LABELS } from '../src/parse/rules/note-labels.js';
import { LANGUAGES } from '../src/parse/rules/languages/index.js';
import { matchNoteLabel } from '../src/parse/rules/notes.js';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

describe('note label rules', () => {
  const words = LANGUAGES.flatMap((l) => l.notes ?? []).flatMap((row) => row.words ?? []);
  const spellings = words.flatMap((w) => [w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1), w.replace(/i/g, 'İ'), w.replace(/ /g, '  '), w.replace(/ /g, '')]);

  // A rule's first-letter test only spares compiling its pattern: it may never turn a label away that the pattern takes.
  it('tries every label a rule written as words could match', () => {
    const refused = NOTE_LABELS.flatMap((r) => spellings.filter((s) => r.starts !== undefined && r.pattern.test(s) && !r.starts.test(s)).map((s) => `${r.id}: ${s}`));
    expect(refused).toEqual([]);
    expect(NOTE_LABELS.filter((r) => r.starts !== undefined).length).toBeGreaterThan(20);
  });

  it("reads anyone's note after a possessive as a note's label, but not a sentence that starts so", () => {
    expect(matchNoteLabel("Screiver's note: This is ma first lang story in Scots.")?.label).toBe("Screiver's note");
    expect(matchNoteLabel('Granny’s notes: salt, not sugar.')?.label).toBe('Granny’s notes');
    expect(matchNoteLabel("Mum's note said to buy milk.")).toBeNull();
  });

  it('reads the languages’ labels in any case', () => {
    expect(matchNoteLabel('NACHWORT: Danke.')?.label).toBe('NACHWORT');
    expect(matchNoteLabel('Notas finales')?.rest).toBe('');
    expect(matchNoteLabel('Rating: T')).toBeNull();
    expect(matchNoteLabel('作者有话说：正文完结。')?.label).toBe('作者有话说');
    expect(matchNoteLabel('N/T: es un estudio pequeño')?.label).toBe('N/T');
    expect(matchNoteLabel('Pensamientos del creador')?.rest).toBe('');
    expect(matchNoteLabel("Creator's note")?.rest).toBe('');
    expect(matchNoteLabel('Vorbemerkung: Diese Geschichte ist im Zug entstanden.')?.label).toBe('Vorbemerkung');
    expect(matchNoteLabel('Nachbemerkung: Danke fürs Lesen.')?.label).toBe('Nachbemerkung');
    // The afterword with whose it is, as a heading over its words.
    expect(matchNoteLabel('Nachwort der Autorin')?.label).toBe('Nachwort der Autorin');
    expect(matchNoteLabel('Nawoord van de schrijfster: dank aan de kring.')?.label).toBe('Nawoord van de schrijfster');
    expect(matchNoteLabel('Lời cuối: Cảm ơn mọi người đã đọc đến đây.')?.label).toBe('Lời cuối');
  });

  it.each([['작가의 말(앞): 오랜만에 글 올려요.', '작가의 말(앞)'], ["Author's Note (pre-chapter): hi there", "Author's Note (pre-chapter)"], ['A/N (1/2): hello', 'A/N (1/2)']])(
    'reads a label with a word in brackets after it, saying where it stands: %s',
    (line, label) => expect(matchNoteLabel(line)).toMatchObject({ label }),
  );
  it('reads a Korean note and its second line, which asks the reader something, as one note', () => {
    const o = outline(parse(Buffer.from('작가의 말(앞): 오랜만에 글 올려요.\n시험 끝나고 한 번에 썼어요. 편하게 읽어 주세요!\n\n#1 장마\n\n장마가 시작된 날, 윤서는 우산을 두고 왔다.\n\n#2 우산\n\n다음 날 윤서의 사물함 앞에 파란 우산이 걸려 있었다.\n'), 'story.txt'));
    expect(o.notesBefore.length).toBe(1);
    expect(o.description).toBeNull();
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, '장마'], [2, '우산']]);
  });
  it('reads a whole note in full-width brackets as in ASCII ones: `（作者より：…）` as `(A/N: …)`', () => {
    expect(matchNoteLabel('（作者より：続きは明日書き込みます。レス歓迎です）')).toMatchObject({ label: '作者より', rest: '続きは明日書き込みます。レス歓迎です' });
  });

  it('reads a line opened by a reference mark as a note, and two such lines of one paragraph as one note', () => {
    expect(matchNoteLabel('※オリジナル小説です。')).toMatchObject({ label: '※', rest: 'オリジナル小説です。' });
    const o = outline(parse(Buffer.from('月夜の話\n\n※全三話です。\n※誤字があれば教えてください。\n\n満月の夜にだけ、郵便屋さんが来る。\n\n私は毎月、それを受け取った。\n'), 'story.txt'));
    expect(o.notesBefore).toHaveLength(1);
  });
});

describe('a Tumblr post copied from the dashboard', () => {
  const post = ['oblepikha-writes', '', 'Follow', '', 'Фонарщик', '', 'П/А: писала по заявке анона в личке, вычитано кое-как.', '', '~', '',
    'Каждый вечер в половине шестого Савва выходил из дома с длинной латунной палкой и зажигал фонари.', '', 'Фонари давно были электрическими, но он всё равно выходил.', '',
    'П/А 2: если понравилось — реблог лучше лайка, спасибо', '', '#мои тексты', '', '#драббл', '', '#ru side of tumblr', '', '73 notes', ''].join('\n');

  it("reads the fandom's short Russian note labels, the closing note over the post's tags one to a line, and the tags as no text", () => {
    const o = outline(parse(Buffer.from(post), 'post.txt'));
    expect(o.notesBefore.map((n) => n.label)).toEqual(['П/А']);
    expect(o.notesAfter.map((n) => n.label)).toEqual(['П/А 2']);
    expect(o.chapters[0]?.wordCount).toBe(25);
  });
});

describe('a chapter note over a story whose first paragraph speaks of fire', () => {
  it('ends the note at its paragraph: a flame in the story is no critic’s flame', () => {
    const text = `Chapter 1: The Ladder\n\nChapter Notes\n\nThe street names are kept in Polish.\n\nEvery night Bartek climbed the ladder with a flame on a pole, and the lamps were older than the ladder.\n\nHe did not ask.\n\nChapter 2: The Post\n\nOn the ninth of December the old man did not come to the chapel gate at all.\n`;
    const o = outline(parse(Buffer.from(text), 'story.txt'));
    expect(o.chapters[0]!.firstWords).toBe('Every night Bartek climbed the');
    expect(o.chapters[0]!.notesBefore.length).toBe(1);
  });
});

describe("a work copied from AO3's page", () => {
  const prose = 'The ferry left at dusk with eleven passengers, two goats and a crate of oranges bound for the island.';
  const page = (foot: string) =>
    `Salt Roads\nmarrowink\nSummary:\nTwo sisters and a ferry.\n\nChapter 1: Dusk\nChapter Text\n${prose}\n\nChapter 2: Dawn\nChapter Text\n${prose}\nNotes:\nThank you for reading! Kudos make my day.\n${foot}`;

  it("reads the notes over the work's foot (series box, kudos) as the work's end notes", () => {
    const o = outline(parse(Buffer.from(page('Series this work belongs to:\n← Previous Work Part 2 of Salt Roads\nKudos\n')), 'work.txt'));
    expect([o.notesAfter.length, o.chapters[1]!.notesAfter.length]).toEqual([1, 0]);
  });

  it("keeps them the chapter's when the work's own `End Notes:` stand between them and the foot", () => {
    const o = outline(parse(Buffer.from(page('End Notes:\nSee you next summer.\n\nKudos (41)\n')), 'work.txt'));
    expect([o.notesAfter.length, o.chapters[1]!.notesAfter.length]).toEqual([1, 1]);
  });

  it("keeps them the chapter's on a chapter page, whose chapter links stand between", () => {
    const o = outline(parse(Buffer.from(page('← Previous Chapter\nKudos\n')), 'work.txt'));
    expect([o.notesAfter.length, o.chapters[1]!.notesAfter.length]).toEqual([0, 1]);
  });

  it('keeps a note whose text opens like a site link (`Next chapter: …`) under its label alone', () => {
    const download = `Salt Roads\nby marrowink\n\nChapter 1: Dusk\n\n${prose}\n\nChapter 2: Dawn\n\n${prose}\n\nChapter End Notes\n\nNext chapter: the island! Bring a coat.\n`;
    const o = outline(parse(Buffer.from(download), 'work.txt'));
    expect(o.chapters[1]!.notesAfter.map((n) => n.label)).toEqual(['Chapter End Notes']);
    expect(o.chapters[1]!.wordCount).toBe(prose.split(' ').length);
  });
});

describe("a file's own note fence", () => {
  const rule = '*'.repeat(48);
  const episode = (n: number, before: string | null, after: string | null, scene = '') =>
    [`第${n}話　題${n}`, ...(before ? [before, rule] : []), '　終電が行ってしまった駅のホームに、私はひとりで立っていた。', '「お客さん、もう電車はありませんよ」', ...(scene ? [scene, '　明け方、雨がやんだ。'] : []), ...(after ? [rule, after] : []), ''].join('\n');

  it('reads the short text under a long rule closing a chapter as its afterword, once the rule closes a labelled note elsewhere', () => {
    const text = ['タイトル：雨の駅', '作者：しろくま', '', episode(1, '作者より：はじめまして。', 'お読みいただきありがとうございました。'), episode(2, null, '猫の名前は最後まで出てきません。', '◇')].join('\n');
    const o = outline(parse(Buffer.from(text), 'narou.txt'));
    expect(o.chapters.map((c) => [c.notesBefore.length, c.notesAfter.length, c.sceneBreaks])).toEqual([[1, 1, 0], [0, 1, 1]]);
  });

  it('leaves a short last scene under a scene break of the same file in the story', () => {
    const text = ['Title: Lanterns', 'Author: Mara', '', 'Chapter 1', '', "A/N: Thanks for reading!", '', '~', '', 'She lit the lamp.', '', 'He waited.', '', '~', '', 'The end came quietly.', '', 'Chapter 2', '', 'The tide went out.', '', '~', '', 'It came back.', ''].join('\n');
    const o = outline(parse(Buffer.from(text), 'story.txt'));
    expect(o.chapters.map((c) => c.notesAfter.length)).toEqual([0, 0]);
  });
});

describe('a zine’s story closed by an afterword on its line and the zine’s copyright box', () => {
  const verse = (n: number) => Array.from({ length: 3 }, (_, k) => `    The river took its toll in copper coin, line ${n}.${k}\n    and sometimes when the copper ran, in song;`).join('\n\n');
  it('reads `Afterword: …` with sentences after it as the chapter’s closing note, and the box as no body', () => {
    const o = outline(parse(Buffer.from(['The Ferryman', 'by Dana K', '', 'I. The Crossing', '', verse(1), '', 'II. The Toll', '', verse(2), '',
      'Afterword: yes, the river is made up. No, I will not be taking', 'questions about the pearl.', '', '-----------------------------',
      " Scrivener's Itch is (c) 1994 Dana K. Permission to quote", ' is hereby granted. All other rights reserved.', '-----------------------------', ''].join('\n')), 'zine.txt'));
    expect(o.chapters.map((c) => [c.number, c.title, c.notesAfter.length, c.sceneBreaks])).toEqual([[1, 'The Crossing', 0, 0], [2, 'The Toll', 1, 0]]);
  });
});
