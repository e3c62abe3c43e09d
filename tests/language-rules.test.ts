import { describe, expect, it } from 'vitest';
import { greekToNumber, hebrewToNumber, parseNumber } from '../src/parse/numbers.js';
import { languageTag, matchFieldLine } from '../src/parse/rules/fields.js';
import { matchByLine } from '../src/parse/rules/header-labels.js';
import { matchHeading } from '../src/parse/rules/headings.js';
import { matchPov } from '../src/parse/rules/markers.js';
import { matchNoteLabel } from '../src/parse/rules/notes.js';

/** Per language: headings as written → level, number, title; a note label; a by-line or author field. */
interface Case {
  headings: [string, 'chapter' | 'part', number | null, string | null][];
  notes: string[];
  author: [string, string];
}

const CASES: Record<string, Case> = {
  th: {
    headings: [['ตอนที่ 5', 'chapter', 5, null], ['บทที่ ๕', 'chapter', 5, null], ['บทที่หนึ่ง', 'chapter', 1, null], ['ตอนที่ 12 การเดินทาง', 'chapter', 12, 'การเดินทาง'], ['ตอนที่สิบสอง', 'chapter', 12, null], ['บทนำ', 'chapter', null, 'บทนำ']],
    notes: ['ทอล์คจากนักเขียน', 'หมายเหตุ: ขอบคุณที่อ่าน'],
    author: ['ผู้แต่ง: ฟ้าใส', 'ฟ้าใส'],
  },
  vi: {
    headings: [['Chương 12', 'chapter', 12, null], ['Chương mười hai', 'chapter', 12, null], ['Chương hai mươi mốt: Mưa', 'chapter', 21, 'Mưa'], ['Hồi 4', 'chapter', 4, null], ['Quyển 2', 'part', 2, null], ['Phần một', 'part', 1, null], ['Ngoại truyện', 'chapter', null, 'Ngoại truyện'], ['Ngoại truyện 2: Mùa thu', 'chapter', 2, 'Mùa thu']],
    notes: ['Lời tác giả: cảm ơn mọi người'],
    author: ['Tác giả: Mộc Miên', 'Mộc Miên'],
  },
  ar: {
    headings: [['الفصل الأول', 'chapter', 1, null], ['الفصل الثالث والأخير', 'chapter', 3, null], ['الفصل ٣: البحر', 'chapter', 3, 'البحر'], ['الفصل الحادي عشر', 'chapter', 11, null], ['الفصل الحادية والعشرون', 'chapter', 21, null], ['الفصل الثلاثون', 'chapter', 30, null], ['\u200fالفصل الثاني\u200f', 'chapter', 2, null], ['الفصـــل الرابع', 'chapter', 4, null], ['الجزء الثاني', 'part', 2, null]],
    notes: ['ملاحظة الكاتب: شكرا للقراءة', 'ملاحظة الكاتبة'],
    author: ['بقلم سارة المنصوري', 'سارة المنصوري'],
  },
  he: {
    headings: [['פרק א׳', 'chapter', 1, null], ['פרק 3', 'chapter', 3, null], ['פרק שלישי', 'chapter', 3, null], ['פרק י״ב', 'chapter', 12, null], ['פרק ט״ו', 'chapter', 15, null], ['פרק ט״ז - הים', 'chapter', 16, 'הים'], ['פרק כ״ה', 'chapter', 25, null], ['חלק ב׳', 'part', 2, null]],
    notes: ['הערת הכותבת: תודה על התגובות'],
    author: ['מאת נועה לוי', 'נועה לוי'],
  },
  el: {
    headings: [['Κεφάλαιο 1ο', 'chapter', 1, null], ['Κεφάλαιο Πρώτο', 'chapter', 1, null], ['ΚΕΦΑΛΑΙΟ ΠΡΩΤΟ', 'chapter', 1, null], ['Κεφάλαιο Α΄', 'chapter', 1, null], ['Κεφάλαιο ΙΒ΄: Η θάλασσα', 'chapter', 12, 'Η θάλασσα'], ['Κεφάλαιο δέκατο τρίτο', 'chapter', 13, null], ['Μέρος Β΄', 'part', 2, null]],
    notes: ['Σημείωση συγγραφέα: ευχαριστώ'],
    author: ['της Ελένης Μάρκου', 'Ελένης Μάρκου'],
  },
  hu: {
    headings: [['1. fejezet', 'chapter', 1, null], ['12. fejezet – A tó', 'chapter', 12, 'A tó'], ['Első fejezet', 'chapter', 1, null], ['Huszadik fejezet', 'chapter', 20, null], ['III. rész', 'part', 3, null]],
    notes: ['Megjegyzés: köszönöm, hogy olvastátok'],
    author: ['Szerző: Kovács Anna', 'Kovács Anna'],
  },
  fi: {
    headings: [['Luku 1', 'chapter', 1, null], ['1. luku: Saari', 'chapter', 1, 'Saari'], ['Ensimmäinen luku', 'chapter', 1, null], ['Osa 2', 'part', 2, null], ['2. osa', 'part', 2, null]],
    notes: ['Kirjoittajan huomautus: kiitos', 'A/N: kiitos'],
    author: ['Kirjoittaja: Aino Laine', 'Aino Laine'],
  },
  nb: {
    headings: [['Kapittel 1', 'chapter', 1, null], ['Kapittel én', 'chapter', 1, null], ['Kapittel ein', 'chapter', 1, null], ['Kapittel to: Stormen', 'chapter', 2, 'Stormen'], ['Første kapittel', 'chapter', 1, null], ['Del to', 'part', 2, null]],
    notes: ['Forfatterens notat: takk for at du leste'],
    author: ['Forfatter: Kari Nordvik', 'Kari Nordvik'],
  },
  da: {
    headings: [['Kapitel 1', 'chapter', 1, null], ['Kapitel et', 'chapter', 1, null], ['Kapitel fire', 'chapter', 4, null], ['Del to', 'part', 2, null]],
    notes: ['Forfatterens note: tak fordi du læste med'],
    author: ['af Mette Holm', 'Mette Holm'],
  },
  ro: {
    headings: [['Capitolul 1', 'chapter', 1, null], ['Capitolul întâi', 'chapter', 1, null], ['Capitolul unu', 'chapter', 1, null], ['Capitolul al doilea', 'chapter', 2, null], ['Partea a doua', 'part', 2, null]],
    notes: ['Nota autorului: mulțumesc'],
    author: ['Autor: Ioana Pop', 'Ioana Pop'],
  },
  sk: {
    headings: [['Kapitola 1', 'chapter', 1, null], ['Prvá kapitola', 'chapter', 1, null], ['Tretia kapitola', 'chapter', 3, null]],
    notes: ['Poznámka autora: ďakujem'],
    author: ['Autor: Jana Kováčová', 'Jana Kováčová'],
  },
  hr: {
    headings: [['Poglavlje 1', 'chapter', 1, null], ['Prvo poglavlje', 'chapter', 1, null], ['Glava 2', 'chapter', 2, null], ['Поглавље 3', 'chapter', 3, null], ['Poglavlje pet', 'chapter', 5, null]],
    notes: ['Bilješka autora: hvala', 'Напомена аутора: хвала'],
    author: ['Autorica: Ana Horvat', 'Ana Horvat'],
  },
  bg: {
    headings: [['Глава 1', 'chapter', 1, null], ['Глава първа', 'chapter', 1, null], ['Глава пета', 'chapter', 5, null], ['Част втора', 'part', 2, null]],
    notes: ['Бележка на автора: благодаря'],
    author: ['Автор: Мария Петрова', 'Мария Петрова'],
  },
  fa: {
    headings: [['فصل اول', 'chapter', 1, null], ['فصل ۱', 'chapter', 1, null], ['فصل دوازدهم', 'chapter', 12, null], ['فصل سی‌ام', 'chapter', 30, null], ['پیش‌درآمد', 'chapter', null, 'پیش‌درآمد'], ['بخش دوم', 'part', 2, null]],
    notes: ['یادداشت نویسنده: ممنون'],
    author: ['نویسنده: مریم', 'مریم'],
  },
  hi: {
    headings: [['अध्याय 1', 'chapter', 1, null], ['अध्याय १', 'chapter', 1, null], ['पहला अध्याय', 'chapter', 1, null], ['भाग दो', 'part', 2, null]],
    notes: ['लेखक की टिप्पणी: धन्यवाद'],
    author: ['लेखक: राम', 'राम'],
  },
  ms: { headings: [['Bab 1', 'chapter', 1, null], ['Bab Satu', 'chapter', 1, null]], notes: ['Nota penulis: terima kasih'], author: ['Penulis: Siti Aminah', 'Siti Aminah'] },
  tl: {
    headings: [['Kabanata 1', 'chapter', 1, null], ['Kabanata Isa', 'chapter', 1, null], ['Unang Kabanata', 'chapter', 1, null], ['Kabanata una', 'chapter', 1, null]],
    notes: ['Tala ng may-akda: salamat'],
    author: ['May-akda: Maria Santos', 'Maria Santos'],
  },
  et: { headings: [['1. peatükk', 'chapter', 1, null], ['Peatükk 2', 'chapter', 2, null]], notes: ['Autori märkus: aitäh'], author: ['Autor: Mari Tamm', 'Mari Tamm'] },
  lv: { headings: [['1. nodaļa', 'chapter', 1, null], ['2. daļa', 'part', 2, null]], notes: ['Autora piezīme: paldies'], author: ['Autors: Jānis Bērziņš', 'Jānis Bērziņš'] },
  lt: { headings: [['1 skyrius', 'chapter', 1, null], ['3 skyrius: Jūra', 'chapter', 3, 'Jūra']], notes: ['Autoriaus pastaba: ačiū'], author: ['Autorius: Jonas Petraitis', 'Jonas Petraitis'] },
  ca: {
    headings: [['Capítol primer — El mar', 'chapter', 1, 'El mar'], ['Capítol 3', 'chapter', 3, null], ['Capítol vint-i-u', 'chapter', 21, null], ['Capítol set', 'chapter', 7, null], ['Primer capítol', 'chapter', 1, null], ['Segona part', 'part', 2, null], ['Pròleg', 'chapter', null, 'Pròleg'], ['Epíleg', 'chapter', null, 'Epíleg']],
    notes: ["Nota de l'autora: gràcies", 'Notes de l’autor'],
    author: ['per Joan Puig', 'Joan Puig'],
  },
  eo: {
    headings: [['Ĉapitro 1', 'chapter', 1, null], ['Ĉapitro unua', 'chapter', 1, null], ['Unua ĉapitro', 'chapter', 1, null], ['Cxapitro du: La vojo', 'chapter', 2, 'La vojo'], ['Chapitro 4', 'chapter', 4, null], ['Parto tria', 'part', 3, null]],
    notes: ['Noto de la aŭtoro: dankon'],
    author: ['Aŭtoro: Ludoviko Zamenhof', 'Ludoviko Zamenhof'],
  },
  ur: {
    headings: [['باب 1', 'chapter', 1, null], ['پہلا باب', 'chapter', 1, null], ['باب دوسرا', 'chapter', 2, null], ['قسط نمبر ۱', 'chapter', 1, null], ['قسط ۱۲', 'chapter', 12, null], ['تیسری قسط', 'chapter', 3, null]],
    notes: ['مصنف کی طرف سے'],
    author: ['مصنفہ: عمیرہ احمد', 'عمیرہ احمد'],
  },
  bn: {
    headings: [['অধ্যায় ১', 'chapter', 1, null], ['প্রথম অধ্যায়', 'chapter', 1, null], ['পর্ব ৩', 'chapter', 3, null], ['পর্ব ১২: বৃষ্টি', 'chapter', 12, 'বৃষ্টি'], ['দ্বিতীয় খণ্ড', 'part', 2, null], ['অধ্যা\u09af\u09bc ২', 'chapter', 2, null]],
    notes: ['লেখকের কথা'],
    author: ['লেখিকা: সুচিত্রা', 'সুচিত্রা'],
  },
  gl: {
    headings: [['Capítulo primeiro', 'chapter', 1, null], ['Capítulo 4: O mar', 'chapter', 4, 'O mar'], ['Segunda parte', 'part', 2, null], ['Limiar', 'chapter', null, 'Limiar']],
    notes: ['Nota da autora: grazas'],
    author: ['Autora: Rosalía Castro', 'Rosalía Castro'],
  },
  sl: {
    headings: [['1. poglavje', 'chapter', 1, null], ['Poglavje 3: Morje', 'chapter', 3, 'Morje'], ['Prvo poglavje', 'chapter', 1, null], ['Poglavje tri', 'chapter', 3, null], ['Drugi del', 'part', 2, null]],
    notes: ['Opomba avtorice: hvala'],
    author: ['Avtorica: Ana Novak', 'Ana Novak'],
  },
  eu: {
    headings: [['1. kapitulua', 'chapter', 1, null], ['Lehen kapitulua', 'chapter', 1, null], ['Kapitulua 3: Itsasoa', 'chapter', 3, 'Itsasoa'], ['Bigarren zatia', 'part', 2, null], ['Hitzaurrea', 'chapter', null, 'Hitzaurrea']],
    notes: ['Egilearen oharra'],
    author: ['Egilea: Miren Agirre', 'Miren Agirre'],
  },
  is: {
    headings: [['1. kafli', 'chapter', 1, null], ['Kafli 2', 'chapter', 2, null], ['Fyrsti kafli', 'chapter', 1, null], ['Annar hluti', 'part', 2, null], ['Formáli', 'chapter', null, 'Formáli']],
    notes: ['Athugasemd höfundar: takk'],
    author: ['Höfundur: Jón Jónsson', 'Jón Jónsson'],
  },
  af: {
    headings: [['Hoofstuk 1', 'chapter', 1, null], ['Hoofstuk een', 'chapter', 1, null], ['Eerste hoofstuk', 'chapter', 1, null], ['Deel twee', 'part', 2, null], ['Proloog', 'chapter', null, 'Proloog']],
    notes: ['Skrywer se nota'],
    author: ['deur Anna Botha', 'Anna Botha'],
  },
  sw: {
    headings: [['Sura 1', 'chapter', 1, null], ['Sura ya Kwanza', 'chapter', 1, null], ['Sura ya Pili: Safari', 'chapter', 2, 'Safari'], ['Sura tano', 'chapter', 5, null], ['Sehemu ya Pili', 'part', 2, null], ['Utangulizi', 'chapter', null, 'Utangulizi']],
    notes: ['Maelezo ya mwandishi'],
    author: ['Mwandishi: Amina Juma', 'Amina Juma'],
  },
};

describe.each(Object.entries(CASES))('%s', (tag, c) => {
  it.each(c.headings)('reads %s as a heading', (text, level, number, title) => {
    const h = matchHeading(text);
    expect(h).not.toBeNull();
    expect({ level: h?.level, number: h?.number, title: h?.title }).toEqual({ level, number, title });
  });

  it.each(c.notes)('reads %s as an author’s note label', (text) => expect(matchNoteLabel(text)).not.toBeNull());

  it('reads the author from a by-line or author field', () => {
    const [line, author] = c.author;
    const field = matchFieldLine(line);
    expect(field?.meta === 'author' ? field.value : matchByLine(line)?.author).toBe(author);
  });

  it('knows its tag from its name in a Language field', () => {
    expect(languageTag(tag)).toBe(tag);
  });
});

describe('numbers written with letters or other digits', () => {
  it.each([['א׳', 1], ['י״ב', 12], ['ט״ו', 15], ['ט״ז', 16], ['כ״ה', 25], ['ל׳', 30], ["י\"ג", 13]])('reads Hebrew %s as %i', (text, n) => expect(hebrewToNumber(text)).toBe(n));

  it('refuses Hebrew words that are not numerals', () => {
    expect(hebrewToNumber('שלום')).toBeNull();
    expect(hebrewToNumber('אב״ג')).toBeNull();
  });

  it.each([['Α΄', 1], ['ΙΒ΄', 12], ['ΣΤ΄', 6], ['Κ΄', 20]])('reads Greek %s as %i', (text, n) => expect(greekToNumber(text)).toBe(n));

  it.each([['๕', 5], ['٣', 3], ['۱۲', 12], ['१२', 12], ['１２', 12]])('reads the digits %s as %i', (text, n) => expect(parseNumber(text)).toBe(n));
});

describe('number words that are common words elsewhere', () => {
  it('reads them only after their own language’s label', () => {
    expect(matchHeading('Kapittel to')?.number).toBe(2);
    expect(matchHeading('Letter to Mother')).toBeNull();
    expect(matchHeading('Part to play')).toBeNull();
    expect(matchHeading('Chapitre vingt et un')?.number).toBe(21);
  });

  it('reads a roman numeral only as a whole word in any script', () => {
    expect(matchHeading('Chương mười')?.number).toBe(10);
  });
});

describe('point of view in Hungarian', () => {
  it('reads (Anna szemszöge) as Anna’s point of view', () => {
    expect(matchPov('(Anna szemszöge)')).toBe('Anna');
  });
});

describe('the newer languages’ number words on their own', () => {
  it.each(['Set anys després', 'Du homoj venis', 'Sita walikuja kesho', 'Sex and the city', 'Bat out of hell', 'Annar maður kom inn', 'Nou dies', 'Tri tagoj poste'])('reads %s as prose, not a heading', (line) => {
    expect(matchHeading(line)).toBeNull();
  });
});

describe('header fields of the newer languages', () => {
  it.each([
    ['Títol: La casa del mar', 'title', 'La casa del mar'],
    ['Pseudònim: Lluna', 'author', 'Lluna'],
    ['Resum: Una història de mar', 'description', 'Una història de mar'],
    ['ناول: شب آرزو', 'title', 'شب آرزو'],
    ['গল্প: মেঘের দেশ', 'title', 'মেঘের দেশ'],
    ['Naslov: Morje', 'title', 'Morje'],
    ['Izenburua: Itsasoa', 'title', 'Itsasoa'],
    ['Titill: Hafið', 'title', 'Hafið'],
    ['Kichwa: Safari', 'title', 'Safari'],
  ])('reads %s as the %s', (line, meta, value) => {
    const field = matchFieldLine(line);
    expect({ meta: field?.meta, value: field?.value }).toEqual({ meta, value });
  });

  it('reads Catalan `per NAME` as a by-line, but not an Italian dedication `Per Luca`', () => {
    expect(matchByLine('per Marta Puig i Soler')?.author).toBe('Marta Puig i Soler');
    expect(matchByLine('Per Luca')).toBeNull();
  });

  it.each(['Gènere: Drama', 'قسم: رومانوی', 'اسٹیٹس: مکمل'])('knows %s as a header field', (line) => {
    expect(matchFieldLine(line)).not.toBeNull();
  });
});
