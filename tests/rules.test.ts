import { describe, expect, it } from 'vitest';
import { parseInline } from '../src/parse/inline.js';
import { parseNumber } from '../src/parse/numbers.js';
import { HEADING_RULES, matchHeading } from '../src/parse/rules/headings.js';
import { isSceneBreak, matchOrnament, matchPov, ORNAMENT_EXAMPLES, POV_EXAMPLES, SCENE_BREAK_EXAMPLES } from '../src/parse/rules/markers.js';
import { matchNoteLabel } from '../src/parse/rules/notes.js';
import { isPageTailAnchor, matchBoilerplate } from '../src/parse/rules/body-boilerplate.js';
import { languageTag, matchFieldLine } from '../src/parse/rules/fields.js';
import { matchByLine } from '../src/parse/rules/header-labels.js';
import { LANGUAGES } from '../src/parse/rules/languages/index.js';
import { outline } from '../src/inspect/outline.js';
import { parse } from '../src/parse.js';

describe('heading rules', () => {
  for (const rule of HEADING_RULES) {
    it.each(rule.examples)(`${rule.id} matches %s`, (example) => {
      expect(matchHeading(example)?.ruleId).toBe(rule.id);
    });
  }
  it.each([
    'Chapter 5 of the book was boring, she thought.',
    'Part of me wanted to stay.',
    'Chapter and verse, he said.',
    'Book of the Dead',
    'Ep 4 was the best one.',
    // A fraction is no chapter counter.
    '1/2 cup of flour',
    // A chapter's name over a sentence with its stop is an afterword note's label, not an `Epilogue: Title` heading.
    'Jälkisanat: Tässä luvussa mainittu lista on isoisäni oikeasta vihosta, vain kolmas kohta on keksitty.',
  ])('leaves prose alone: %s', (line) => expect(matchHeading(line)).toBeNull());
  it.each([
    ['Interlude: Harbourmaster', null, 'Harbourmaster'],
    ['番外　多年以後', null, '多年以後'],
    ['Prologue', null, 'Prologue'],
    ['1화 - 두 번째 봄', 1, '두 번째 봄'],
    ['EP.1 폭풍 전야', 1, '폭풍 전야'],
  ])('titles %s by what follows its name or counter', (line, number, title) => expect(matchHeading(line)).toMatchObject({ number, title }));
  it.each([
    ['deel 2 (einde)', 2],
    ['Часть 3 (последняя)', 3],
    ['Phần 2 (Hết)', 2],
    ['puntata 3 di 3', 3],
    ['Chapter 9 (end)', 9],
  ])("reads %s as its number, the last installment's word in brackets no title", (line, number) => expect(matchHeading(line)).toMatchObject({ number, title: null }));
  it("leaves a forum's page link after the heading out: `Chapter 9: Inventory ▸ Next`", () => {
    expect(matchHeading('Chapter 9: Inventory ▸ Next')).toMatchObject({ number: 9, title: 'Inventory' });
  });
  it('reads the decorated seed heading', () => {
    expect(matchHeading('— Chapter Thirty-Five —')).toMatchObject({ number: 35, title: null, label: 'Chapter' });
    expect(matchHeading('[Chapter 1] Connections')).toMatchObject({ number: 1, title: 'Connections' });
  });
});

describe('numbers', () => {
  it.each([
    ['12', 12], ['XIV', 14], ['xlvi', 46], ['Thirty-Five', 35], ['one hundred and two', 102], ['Twenty First', 21], ['MCMXC', 1990],
  ])('%s is %d', (text, n) => expect(parseNumber(text)).toBe(n));
  it.each(['IIII', 'pony', ''])('%s is not a number', (text) => expect(parseNumber(text)).toBeNull());
});

describe('markers', () => {
  it.each(SCENE_BREAK_EXAMPLES)('scene break: %s', (line) => expect(isSceneBreak(line)).toBe(true));
  it.each(['...', 'Ooo.', 'xylophone', 'OK', 'x', 'O', '~ ʚ ~', '*~ Ana ~*'])('not a scene break: %s', (line) => expect(isSceneBreak(line)).toBe(false));
  it.each(POV_EXAMPLES)('POV marker: %s', (line) => expect(matchPov(line)).not.toBeNull());
  it.each(ORNAMENT_EXAMPLES)('ornament: %s', (line) => expect(matchOrnament(line)).not.toBeNull());
  it('tells an ornament from a POV marker', () => {
    expect(matchPov('~~To be continued?~~')).toBeNull();
    expect(matchPov('~~~Spike~~~')).toBe('Spike');
    expect(matchPov('< Prev   Chapters   Next >')).toBeNull();
  });
  it('takes a name in a script without case after the words "point of view"', () => {
    expect(matchPov('נקודת מבט: נועה')).toBe('נועה');
  });
  it("takes the name without its possessive ending, whichever way the language writes it", () => {
    expect(matchPov("James' POV")).toBe('James');
    expect(matchPov("Oren's POV")).toBe('Oren');
    expect(matchPov('~ Lenas Sicht ~')).toBe('Lena');
    expect(matchPov("~ Jonas' Sicht ~")).toBe('Jonas');
  });
});

describe('note labels', () => {
  it("reads a postscript naming its writer as that writer's note, a letter's bare P.S. as none", () => {
    expect(matchNoteLabel('P.S. от автора: спасибо всем, кто дочитал.')?.label).toBe('P.S. от автора');
    expect(matchNoteLabel('P.S. I love you: always.')).toBeNull();
  });
  it.each([
    ["Author's note: This story is loosely based", "Author's note"],
    ['A/N: First story here', 'A/N'],
    ['[A/N: bracketed]', 'A/N'],
    ['Disclaimer: I own nothing.', 'Disclaimer'],
    ['Chapter End Notes', 'Chapter End Notes'],
    ["Author's Notes: ", "Author's Notes"],
    ['a/n #2: thank you for reading!!', 'a/n #2'],
    ['A/N 3: one more thing', 'A/N 3'],
    ["Editor's note from Pinecone: I screamed.", "Editor's note from Pinecone"],
  ])('%s', (text, label) => expect(matchNoteLabel(text)?.label).toBe(label));
  it.each(['"Author\'s note?" he asked.', 'Notes were passed under the desk.', 'Anna: come here.'])('not a note: %s', (text) =>
    expect(matchNoteLabel(text)).toBeNull(),
  );
});

/** One row per language module: what a story in that language writes, and what quire must read. */
describe('languages', () => {
  it.each([
    ['Kapitel Eins', 1, null], ['Kapitel zwölf: Heimkehr', 12, 'Heimkehr'], ['Chapitre trois', 3, null], ['Chapitre quatre-vingt-dix', 90, null],
    ['Capítulo veintiuno', 21, null], ['Capitolo secondo', 2, null], ['Capítulo dois', 2, null],
    ['Hoofdstuk één: De vuurtoren', 1, 'De vuurtoren'], ['Hoofdstuk twee', 2, null],
    ['Rozdział pierwszy – Zakład', 1, 'Zakład'], ['Rozdział drugi', 2, null],
    ['Глава первая', 1, null], ['Глава двадцать пятая', 25, null],
    ['Розділ перший', 1, null], ['Розділ п’ятий', 5, null],
    ['第一百零三章', 103, null], ['第１２章 雨', 12, '雨'], ['第十二章 渡口', 12, '渡口'], ['第兩千零五章', 2005, null],
    ['第1話　雨の日の客', 1, '雨の日の客'], ['제3화 답장', 3, '답장'],
    ['Bab Satu', 1, null], ['Bab dua puluh satu', 21, null], ['Kapitel tre', 3, null], ['Kapitola první', 1, null], ['Bölüm birinci', 1, null],
  ])('chapter heading: %s', (line, number, title) => {
    expect(matchHeading(line)).toMatchObject({ level: 'chapter', number, title });
  });
  it.each([
    ['Première partie', 1], ['Część pierwsza', 1], ['Часть пятая', 5], ['Частина друга', 2], ['第二卷 春', 2], ['제1부', 1], ['Deel twee', 2],
  ])('part heading: %s', (line, number) => expect(matchHeading(line)).toMatchObject({ level: 'part', number }));
  it.each([['Chapter 1: 第一章　雪夜', '雪夜'], ['Chapter 2: Kapitel Zwei – Flut', 'Flut'], ['Chapter 3: Chapter Four', 'Chapter Four']])(
    "an archive title that repeats the author's own heading keeps only its title: %s",
    (line, title) => expect(matchHeading(line)?.title).toBe(title),
  );
  it.each([['Chapter 1 ❀ Glasgow', 'Glasgow'], ['Part 2 ♡ Home', 'Home'], ['Chapter 3 ❤️ The Gig', 'The Gig'], ['Chapter 4 // Static', 'Static']])(
    'a drawn symbol between number and title separates them: %s',
    (line, title) => expect(matchHeading(line)?.title).toBe(title),
  );
  it.each([['i. // static', 1, 'static'], ['ii. // channel nine', 2, 'channel nine'], ['3 ❀ Home', 3, 'Home']])('a drawn separator makes a bare number a heading, in any case: %s', (line, number, title) =>
    expect(matchHeading(line)).toMatchObject({ number, title }),
  );
  it.each(['♡ 48   💬 6', 'i. e. the man left', 'ii. the rest of it, she said.'])('counts and lower-case prose are no headings: %s', (line) => expect(matchHeading(line)).toBeNull());
  // (A lower-case numeral before a few lower-case words is a heading only where a set of them counts: `ii. the rest of it` alone stays prose.)
  it.each([['i. the lake', 1, 'the lake'], ['iv. the boathouse', 4, 'the boathouse']])('a lower-case numeral heads a lower-case title: %s', (line, number, title) =>
    expect(matchHeading(line)).toMatchObject({ number, title }),
  );
  it.each(['後記：', '后记：', 'Epilogue:'])('a chapter name with a colon and nothing after labels what follows, as a note does: %s', (line) =>
    expect(matchHeading(line)).toBeNull(),
  );
  it.each(['Proloog', 'Epilog', 'Епілог', 'プロローグ', '楔子', '에필로그'])('named chapter: %s', (line) =>
    expect(matchHeading(line)?.ruleId).toBe('heading-named'),
  );
  it.each([
    ['Eins', 1], ['Hundert', 100], ['dix-sept', 17], ['vingt et un', 21], ['uno', 1], ['первая', 1], ['пятая', 5], ['pierwszy', 1],
    ['drugi', 2], ['één', 1], ['twee', 2], ['перший', 1], ['другий', 2], ['дев’ятий', 9], ['dua puluh satu', 21], ['seratus dua puluh', 120],
    ['一百零三', 103], ['两百', 200], ['１２', 12], ['dwadzieścia pierwszy', 21],
  ])('number %s is %d', (text, n) => expect(parseNumber(text)).toBe(n));
  it.each([
    ['Notitie van de schrijver: dank jullie wel', 'note-nl'], ['Od autora: Dziękuję Mirabelce', 'note-pl'], ['Від автора: це невелика історія', 'note-uk'],
    ['Anmerkung der Autorin: Danke', 'note-de'], ["Nota dell'autrice: grazie", 'note-it'], ['作者有话要说：谢谢', 'note-zh'], ['あとがき', 'note-ja'], ['【注意】', 'note-ja-caution'], ['【はじめに】', 'note-ja'], ['写在前面：第一次发小说', 'note-zh'], ['注：私设如山，OOC属于我', 'note-zh'], ['樓主補充：全部真人真事', 'note-zh'],
    ['작가의 말', 'note-ko'], ['Catatan penulis: terima kasih', 'note-id'], ['Poznámka autora: díky', 'note-cs'], ['Yazarın notu: teşekkürler', 'note-tr'],
    ['Författarens anmärkning: tack', 'note-sv'], ['Notas finais: obrigada', 'note-pt'], ['Nota de la autora: gracias', 'note-es'], ['Примечание автора: спасибо', 'note-ru'],
  ])('note label: %s', (text, ruleId) => expect(matchNoteLabel(text)?.ruleId).toBe(ruleId));
  it.each([
    ['Samenvatting: Femke brengt de zomer door', 'description'], ['Streszczenie: W Toruniu', 'description'], ['Opis: tekst', 'description'],
    ['Опис: текст', 'description'], ['Анотація: текст', 'description'], ['内容简介：文字', 'description'], ['あらすじ：文', 'description'],
    ['紹介文：文', 'description'], ['줄거리: 글', 'description'], ['Titel: Het licht', 'title'], ['Tytuł: Zegarmistrz', 'title'], ['Назва: Годинникар', 'title'],
    ['Autor: Jaskółka', 'author'], ['Автор: Оксана', 'author'], ['作者：雾中灯塔', 'author'], ['Taal: Nederlands', 'language'], ['Мова: українська', 'language'],
  ])('header label: %s', (line, meta) => expect(matchFieldLine(line)?.meta).toBe(meta));
  it.each([['Genre: Mysterie', true], ['Ostrzeżenia: brak', true], ['Жанри: Міське фентезі', true], ['タグ：駅', true], ['Kettle: on', false]])(
    'known header field: %s',
    (line, known) => expect(matchFieldLine(line)?.known).toBe(known),
  );
  it.each([
    ['Verhaal door duinroosje', 'duinroosje'], ['von Anna Berg', 'Anna Berg'], ['par Claire Morel', 'Claire Morel'], ['por Lucía Ferrán', 'Lucía Ferrán'],
    ['di Teresa Nardi', 'Teresa Nardi'], ['przez Jaskółka', 'Jaskółka'], ['作者：雾中灯塔', '雾中灯塔'], ['작가: 밤편지', '밤편지'], ['oleh Nara', 'Nara'],
    ['Eine Geschichte von Anna Berg', 'Anna Berg'],
  ])('by-line: %s', (line, author) => expect(matchByLine(line)?.author).toBe(author));
  it.each(['Door County', 'Di notte, la città dorme.', 'En la casa por la tarde'])('not a by-line: %s', (line) => expect(matchByLine(line)).toBeNull());
  it('never gives one word two meanings across languages, so the merged tables need no tie-break', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    const claim = (kind: string, word: string, meaning: string, tag: string): void => {
      const key = `${kind}:${word.toLowerCase()}`;
      const before = seen.get(key);
      if (before !== undefined && before.split('@')[0] !== meaning) clashes.push(`${word}: ${before} vs ${meaning}@${tag}`);
      else seen.set(key, `${meaning}@${tag}`);
    };
    for (const l of LANGUAGES) {
      for (const [word, n] of Object.entries(l.numbers)) claim('number', word, String(n), l.tag);
      for (const meta of ['title', 'subtitle', 'author', 'description', 'language'] as const) for (const key of l.fields?.[meta] ?? []) claim('field', key, meta, l.tag);
    }
    expect(clashes).toEqual([]);
  });
  it.each([['Nederlands', 'nl'], ['Українська', 'uk'], ['日本語', 'ja'], ['Deutsch', 'de'], ['pt-br', 'pt-BR'], ['zh-hant', 'zh-Hant'], ['Klingon', null]])(
    'language name %s is %s',
    (name, tag) => expect(languageTag(name)).toBe(tag),
  );
});

describe('inline emphasis', () => {
  it('reads *emphasis*, _emphasis_ and **strong**', () => {
    expect(parseInline('a *b* _c_ **d**')).toEqual([
      { type: 'text', value: 'a ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'b' }] },
      { type: 'text', value: ' ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'c' }] },
      { type: 'text', value: ' ' },
      { type: 'strong', children: [{ type: 'text', value: 'd' }] },
    ]);
  });
  it('keeps stray marks, snake_case and markup as text', () => {
    expect(parseInline('2 * 3 = 6, snake_case_name, <script>x</script>')).toEqual([
      { type: 'text', value: '2 * 3 = 6, snake_case_name, <script>x</script>' },
    ]);
  });
  it('stays linear on a long line of unmatched marks', () => {
    const nodes = parseInline('*a '.repeat(200_000));
    expect(nodes).toHaveLength(1);
  });
});

describe('page furniture after a story, in any language', () => {
  it.each([
    '#the bees know #hive & hearth #my writing',
    '312 notes',
    'ความคิดเห็น (21)',
    '5 commentaires | Laisser un commentaire',
    '4 kommentarer | Del på Facebook | Kategori: Dagbok',
    'taglist: @bramble-and-bone @inkwell-moth',
    'ตอนก่อนหน้า',
    'მოწონება · რეაქცია · პასუხი · მეტი · 20 მარტი, 20:41',
    'Like · Reply · 3h',
  ])('anchors the page tail: %s', (line) => expect(isPageTailAnchor(line)).toBe(true));
  it.each(['Следующая часть выйдет в воскресенье.', 'She counted 312 steps to the top.', '#', 'Three years later.', 'I said no | she said yes.', 'Bread · milk · eggs'])(
    'is story or note text: %s',
    (line) => expect(isPageTailAnchor(line)).toBe(false),
  );
});

describe('field lines', () => {
  it.each([
    ['**Rating:** K+', 'Rating', 'K+'],
    ['*Genre*: Humor', 'Genre', 'Humor'],
    ['__Status:__ Complete', 'Status', 'Complete'],
  ])('a label in bold or italics: %s', (line, key, value) => expect(matchFieldLine(line)).toMatchObject({ key, value }));
  it('emphasis that is not a label stays text', () => expect(matchFieldLine('*She ran.* Then: nothing')).toBeNull());
});

describe('Turkish capitals', () => {
  // JavaScript lower-cases `İ` to `i` and a combining dot, and case-insensitive patterns never fold it.
  it.each([
    ['BİRİNCİ BÖLÜM', 1, null],
    ['İKİNCİ BÖLÜM: İstanbul', 2, 'İstanbul'],
  ])('%s', (line, number, title) => expect(matchHeading(line)).toMatchObject({ number, title }));
});

describe('Amharic serials from a Telegram channel', () => {
  it('reads Ethiopic numerals after the label', () => {
    expect([matchHeading('ክፍል ፩')?.number, matchHeading('ክፍል ፲፪')?.number, matchHeading('ምዕራፍ ፪፻፭')?.number]).toEqual([1, 12, 205]);
  });
  it('reads `ርዕስ፦` fields, leaves the channel’s stamps and promotions out, and takes a title set in brackets', () => {
    const post = (n: string, text: string) => [`ታሪኮች, [12.03.2021 20:0${n}]`, '', `ክፍል ${n === '1' ? '፩' : '፪ (የመጨረሻው ክፍል)'}`, '', text, '', '👉 @tarikoch', ''];
    const o = outline(parse(Buffer.from(['ርዕስ፦ የቡና ቤቷ ልጅ', 'ደራሲ፦ ሰላማዊት ታደሰ', '', ...post('1', 'አዲስ አበባ ውስጥ በፒያሳ አካባቢ አንዲት ትንሽ ቡና ቤት ነበረች።'), ...post('2', 'አንድ ቀን ሽማግሌው አልመጡም። ሔለን ተጨነቀች።')].join('\n')), 'am.txt'));
    expect([o.title, o.author]).toEqual(['የቡና ቤቷ ልጅ', 'ሰላማዊት ታደሰ']);
    expect(o.chapters.map((c) => [c.number, c.title])).toEqual([[1, null], [2, 'የመጨረሻው ክፍል']]);
    expect(o.wordCount).toBe(10 + 6);
  });
});

describe('Hausa novels shared on WhatsApp', () => {
  it('reads `*NA*` over the bold name as the by-line, and `*PAGE 1*` installments as chapters only as a set', () => {
    const page = (n: number) => [`*PAGE ${n}*`, '', 'Rana ta fito a garin Kano, iska mai sanyi tana kaɗawa.', '', '*Comment da share* ❤️', ''];
    const o = outline(parse(Buffer.from(['*RUWAN ZUMA*', '', '*NA*', '*HAFSAT ABDULLAHI*', '', ...page(1), ...page(2)].join('\n')), 'ha.txt'));
    expect([o.title, o.author]).toEqual(['RUWAN ZUMA', 'HAFSAT ABDULLAHI']);
    expect(o.chapters.map((c) => c.number)).toEqual([1, 2]);
    expect(o.wordCount).toBe(2 * 11);
    expect(matchByLine('Na gode sosai')).toBeNull();
  });
});

describe('a competition entry’s header', () => {
  it('reads a known label with a number before its colon as a field, never a chapter heading', () => {
    expect(matchFieldLine('Cystadleuaeth 148: Stori Fer (Blwyddyn 10)')).toMatchObject({ key: 'Cystadleuaeth', value: '148: Stori Fer (Blwyddyn 10)' });
    expect(matchFieldLine('Kapitel 1: Der Brief im Spind')).toBeNull();
    expect(matchFieldLine('Ffugenw: Gwylan')?.meta).toBe('author');
  });
});

describe('names in by-lines', () => {
  it('reads an Albanian by-line, and never a page count (`Faqja 1 nga 1`) as a name', () => {
    expect(matchByLine('nga Drita Hoxha')?.author).toBe('Drita Hoxha');
    expect(matchByLine('Faqja 1 nga 1')).toBeNull();
    expect(matchByLine('by 1')).toBeNull();
  });
});

describe("a tool's number over the writer's own heading", () => {
  it('reads `1. Capitulo 1` as chapter 1 without a title and `2. Cap 2 - Las llaves` as chapter 2 titled', () => {
    expect(matchHeading('1. Capitulo 1')).toMatchObject({ number: 1, title: null });
    expect(matchHeading('2. Cap 2 - Las llaves (corregido)')).toMatchObject({ number: 2, title: 'Las llaves (corregido)' });
    expect(matchHeading('3. Epilogo')).toMatchObject({ number: 3, title: 'Epilogo' });
  });
});

describe("a web reader's page counters and buttons in other words", () => {
  it('knows `Seite 1 / 14` and `Rate this chapter    Comment`', () => {
    expect(matchBoilerplate('Seite 1 / 14')?.id).toBe('boiler-counter');
    expect(matchBoilerplate('Página 3 de 9')?.id).toBe('boiler-counter');
    expect(outline(parse(Buffer.from('Chapter 1: Sowing\n\nShe sowed the field in April, row by row, and the rain came on the ninth day.\n\nRate this chapter    Comment\n\nChapter 2: Rain\n\nThe rain did not stop for a week and the river rose over the lane.\n'), 'story.txt')).wordCount).toBe(17 + 15);
  });
});

describe("an archive's own footer under every story", () => {
  it('knows eFiction’s standard disclaimer and the software’s credit line, unlabelled', () => {
    expect(matchBoilerplate('All publicly recognizable characters, settings, etc. are the property of their respective owners. No money is being made from this work.')?.id).toBe('boiler-site');
    expect(matchBoilerplate('Powered by eFiction 3.5.3 | Skin by Severitus')?.id).toBe('boiler-site');
    expect(matchBoilerplate('Powered by nothing but tea, she finished the ledger before dawn.')).toBeNull();
  });
});

describe("a serial site's anti-theft notices", () => {
  it('knows the reworded notices that name where a stolen copy turns up', () => {
    for (const line of [
      "The author's tale has been misappropriated; if you spot it on Amazon, report the violation.",
      'This narrative has been unlawfully taken from Royal Road. If you spot it on Amazon, please report it.',
      "Unauthorized usage: this tale is on Amazon without the author's consent. Report any sightings.",
    ])
      expect(matchBoilerplate(line)?.id).toBe('boiler-anti-theft');
  });

  it('leaves a story that mentions the river or the shop alone', () => {
    expect(matchBoilerplate('She had taken the boat up the Amazon and never once reported back to her sister.')).toBeNull();
  });
});

describe("LiveJournal's cut link", () => {
  it('reads the heading inside its spaced brackets, and nothing else there', async () => {
    const { matchHeading } = await import('../src/parse/rules/headings.js');
    expect(matchHeading('( Part Three: Cinder )')).toMatchObject({ number: 3, title: 'Cinder' });
    expect(matchHeading('( Read more... )')).toBeNull();
  });
});

describe('chapter-edge note labels (French, Czech)', () => {
  it.each(['Note de fin : La suite dimanche !', 'Note de début : merci à ma bêta.', 'Poznámka na konec: Název možná ještě změním.'])('reads %s as a note', async (text) => {
    const { matchNoteLabel } = await import('../src/parse/rules/notes.js');
    expect(matchNoteLabel(text)).not.toBeNull();
  });
});

describe('a lower-case letter separator', () => {
  const passage = (n: number) => `She counted the rain on the window, ${n} drops and then more, until the light went grey.`;
  it('is the scene break when it stands apart twice or more', () => {
    const o = outline(parse(Buffer.from(`Ulan\n\n${passage(1)}\n\nxxx\n\n${passage(2)}\n\nxxx\n\n${passage(3)}\n`), 'story.txt'));
    expect(o.chapters.map((c) => c.sceneBreaks)).toEqual([2]);
  });
  it('is a letter’s kisses when it stands once', () => {
    const o = outline(parse(Buffer.from(`Ulan\n\n${passage(1)}\n\nLove, Mum\n\nxxx\n\n${passage(2)}\n`), 'story.txt'));
    expect(o.chapters.map((c) => c.sceneBreaks)).toEqual([0]);
  });
});
