import { describe, expect, it } from 'vitest';
import { greekToNumber, hebrewToNumber, parseNumber } from '../src/parse/numbers.js';
import { matchDateLine } from '../src/parse/rules/dates.js';
import { languageTag, matchFieldLine } from '../src/parse/rules/fields.js';
import { matchByLine } from '../src/parse/rules/header-labels.js';
import { matchHeading } from '../src/parse/rules/headings.js';
import { isClosingLine, matchPov } from '../src/parse/rules/markers.js';
import { matchNoteLabel } from '../src/parse/rules/notes.js';
import { inspectText } from './helpers/inspect.js';

/** Per language: headings as written → level, number, title; a note label; a by-line or author field. */
interface Case {
  headings: [string, 'chapter' | 'part' | 'section' | 'front', number | null, string | null][];
  notes: string[];
  author: [string, string];
}

const CASES: Record<string, Case> = {
  kn: {
    headings: [['ಭಾಗ - ೧', 'chapter', 1, null], ['ಅಧ್ಯಾಯ ೩', 'chapter', 3, null], ['ಎರಡನೆಯ ಅಧ್ಯಾಯ', 'chapter', 2, null]],
    notes: ['ಲೇಖಕರ ಮಾತು: ಈ ಕಥೆ ಕಳೆದ ವರ್ಷ ಪ್ರಕಟವಾಗಿತ್ತು.'],
    author: ['ಲೇಖಕ: ಶ್ರೀನಿಧಿ ಹೆಗಡೆ', 'ಶ್ರೀನಿಧಿ ಹೆಗಡೆ'],
  },
  yo: {
    headings: [['Orí Kìíní: Ọjà Àárọ̀', 'chapter', 1, 'Ọjà Àárọ̀'], ['Orí Kejì', 'chapter', 2, null], ['ORÍ KẸTA', 'chapter', 3, null], ['Orí 4', 'chapter', 4, null], ['Apá Kejì', 'part', 2, null]],
    notes: ['Àkíyèsí òǹkọ̀wé: Ẹ ṣé o!'],
    author: ['Òǹkọ̀wé: Fúnmiláyọ̀ Adébáyọ̀', 'Fúnmiláyọ̀ Adébáyọ̀'],
  },
  zu: {
    headings: [['Isahluko Sokuqala: Umfula', 'chapter', 1, 'Umfula'], ['Isahluko Sesibili', 'chapter', 2, null], ['Isahluko 3', 'chapter', 3, null], ['Ingxenye Yesibili', 'part', 2, null]],
    notes: ['Inothi lombhali: Ngiyabonga kubo bonke abafunda lapha.'],
    author: ['Umbhali: Nomvula Dlamini', 'Nomvula Dlamini'],
  },
  th: {
    headings: [['ตอนที่ 5', 'chapter', 5, null], ['บทที่ ๕', 'chapter', 5, null], ['บทที่หนึ่ง', 'chapter', 1, null], ['ตอนที่ 12 การเดินทาง', 'chapter', 12, 'การเดินทาง'], ['ตอนที่สิบสอง', 'chapter', 12, null], ['บทนำ', 'chapter', null, 'บทนำ']],
    notes: ['ทอล์คหลังบท: เรื่องสั้นสามตอนจบค่ะ', 'พูดคุยท้ายตอน', 'จากใจผู้เขียน: ถ้าชอบ ฝากกดหัวใจ', 'ทอล์คจากนักเขียน', 'หมายเหตุ: ขอบคุณที่อ่าน'],
    author: ['ผู้แต่ง: ฟ้าใส', 'ฟ้าใส'],
  },
  vi: {
    headings: [['Chương 12', 'chapter', 12, null], ['Chương mười hai', 'chapter', 12, null], ['Chương hai mươi mốt: Mưa', 'chapter', 21, 'Mưa'], ['Hồi 4', 'chapter', 4, null], ['Quyển 2', 'part', 2, null], ['Phần một', 'part', 1, null], ['Ngoại truyện', 'chapter', null, 'Ngoại truyện'], ['Ngoại truyện 2: Mùa thu', 'chapter', 2, 'Mùa thu']],
    notes: ['Lời tác giả: cảm ơn mọi người'],
    author: ['Tác giả: Mộc Miên', 'Mộc Miên'],
  },
  ar: {
    headings: [['الفصل الأول', 'chapter', 1, null], ['الفصل الثالث والأخير', 'chapter', 3, null], ['الفصل ٣: البحر', 'chapter', 3, 'البحر'], ['الفصل الحادي عشر', 'chapter', 11, null], ['الفصل الحادية والعشرون', 'chapter', 21, null], ['الفصل الثلاثون', 'chapter', 30, null], ['\u200fالفصل الثاني\u200f', 'chapter', 2, null], ['الفصـــل الرابع', 'chapter', 4, null], ['الجزء الثاني', 'part', 2, null]],
    notes: ['ملاحظة الكاتب: شكرا للقراءة', 'ملاحظة الكاتبة', 'ملاحظة قبل القراءة: أعتذر عن التأخير', 'كلمة أخيرة: شكراً لكل من تابع معي'],
    author: ['بواسطة nour_alqamar', 'nour_alqamar'],
  },
  se: {
    headings: [['1. kapihttal: Muohta', 'chapter', 1, 'Muohta'], ['Kapihttal 2', 'chapter', 2, null], ['Vuosttaš kapihttal', 'chapter', 1, null], ['Oassi 2', 'part', 2, null]],
    notes: ['Mearkkašupmi: Giitu go lohket!'],
    author: ['Čálli: Inga Márjá Eira', 'Inga Márjá Eira'],
  },
  ug: {
    headings: [['بىرىنچى بۆلۈم', 'chapter', 1, null], ['ئىككىنچى بۆلۈم', 'chapter', 2, null], ['باب 3', 'chapter', 3, null]],
    notes: ['ئاپتوردىن: ئوقۇغانلىقىڭلارغا رەھمەت'],
    author: ['يازغۇچى: ئەركىن تۇرسۇن', 'ئەركىن تۇرسۇن'],
  },
  he: {
    headings: [['פרק א׳', 'chapter', 1, null], ['פרק 3', 'chapter', 3, null], ['פרק שלישי', 'chapter', 3, null], ['פרק י״ב', 'chapter', 12, null], ['פרק ט״ו', 'chapter', 15, null], ['פרק ט״ז - הים', 'chapter', 16, 'הים'], ['פרק כ״ה', 'chapter', 25, null], ['חלק ב׳', 'part', 2, null], ['ב', 'section', 2, null], ['י״ב', 'section', 12, null]],
    notes: ['הערת הכותבת: תודה על התגובות', 'הערת כותבת: זה הפיק הראשון שלי'],
    author: ['מאת נועה לוי', 'נועה לוי'],
  },
  el: {
    headings: [['Κεφάλαιο 1ο', 'chapter', 1, null], ['Κεφάλαιο Πρώτο', 'chapter', 1, null], ['ΚΕΦΑΛΑΙΟ ΠΡΩΤΟ', 'chapter', 1, null], ['Κεφάλαιο Α΄', 'chapter', 1, null], ['Κεφάλαιο ΙΒ΄: Η θάλασσα', 'chapter', 12, 'Η θάλασσα'], ['Κεφάλαιο δέκατο τρίτο', 'chapter', 13, null], ['Μέρος Β΄', 'part', 2, null], ['ΚΕΦΑΛΑΙΟΝ Δ΄.', 'chapter', 4, null]],
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
    notes: ['Loppuhuomautus: kiitos kaikille', 'Kirjoittajan huomautus: kiitos', 'A/N: kiitos', 'Kirjoittajan saate: Tämä novelli on kirjoitettu työpajaan.'],
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
    headings: [['अध्याय 1', 'chapter', 1, null], ['अध्याय १', 'chapter', 1, null], ['पहला अध्याय', 'chapter', 1, null], ['भाग दो', 'part', 2, null], ['३', 'section', 3, null]],
    notes: ['लेखक की टिप्पणी: धन्यवाद'],
    author: ['लेखक: राम', 'राम'],
  },
  ms: { headings: [['Bab 1', 'chapter', 1, null], ['Bab Satu', 'chapter', 1, null]], notes: ['Nota penulis: terima kasih'], author: ['Penulis: Siti Aminah', 'Siti Aminah'] },
  tl: {
    headings: [['Kabanata 1', 'chapter', 1, null], ['Kabanata Isa', 'chapter', 1, null], ['Unang Kabanata', 'chapter', 1, null], ['Kabanata una', 'chapter', 1, null]],
    notes: ['Tala ng may-akda: salamat', 'Admin note: Padala ito ng isang follower natin.'],
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
    headings: [['Sura 1', 'chapter', 1, null], ['Sura ya Kwanza', 'chapter', 1, null], ['Sura ya Pili: Safari', 'chapter', 2, 'Safari'], ['Sura tano', 'chapter', 5, null], ['Sehemu ya Pili', 'part', 2, null], ['Utangulizi', 'chapter', null, 'Utangulizi'], ['Sura ya 3: Bahari', 'chapter', 3, 'Bahari']],
    notes: ['Maelezo ya mwandishi'],
    author: ['Mwandishi: Amina Juma', 'Amina Juma'],
  },
  sr: {
    headings: [['Глава прва', 'chapter', 1, null], ['Глава први', 'chapter', 1, null], ['Поглавље 3', 'chapter', 3, null], ['Прво поглавље', 'chapter', 1, null], ['Поглавље једанаесто', 'chapter', 11, null], ['Глава двадесета: Река', 'chapter', 20, 'Река'], ['Poglavlje dvanaesto', 'chapter', 12, null], ['Део други', 'part', 2, null], ['Пролог', 'chapter', null, 'Пролог']],
    notes: ['Напомена аутора'],
    author: ['Аутор: Милена Јовановић', 'Милена Јовановић'],
  },
  ka: {
    headings: [['თავი პირველი', 'chapter', 1, null], ['პირველი თავი', 'chapter', 1, null], ['თავი 3: ზღვა', 'chapter', 3, 'ზღვა'], ['თავი მეთორმეტე', 'chapter', 12, null], ['თავი ოცდამეერთე', 'chapter', 21, null], ['თავი ოცი', 'chapter', 20, null], ['მეორე ნაწილი', 'part', 2, null], ['პროლოგი', 'chapter', null, 'პროლოგი'], ['ნაწილი მესამე (ბოლო)', 'part', 3, null]],
    notes: ['ავტორის შენიშვნა: მადლობა', 'ავტორისგან:'],
    author: ['ავტორი: ნინო ბერიძე', 'ნინო ბერიძე'],
  },
  ta: {
    headings: [['அத்தியாயம் 1', 'chapter', 1, null], ['அத்தியாயம் ௧௨', 'chapter', 12, null], ['முதல் அத்தியாயம்', 'chapter', 1, null], ['அத்தியாயம் இருபது', 'chapter', 20, null], ['பகுதி 3', 'chapter', 3, null], ['பகுதி 4: கடல்', 'chapter', 4, 'கடல்'], ['இரண்டாம் பாகம்', 'part', 2, null], ['பதினைந்தாவது அத்தியாயம்', 'chapter', 15, null], ['முன்னுரை', 'chapter', null, 'முன்னுரை']],
    notes: ['ஆசிரியர் குறிப்பு: நன்றி', 'எழுத்தாளரின் குறிப்பு'],
    author: ['எழுத்தாளர்: கவிதா', 'கவிதா'],
  },
  hy: {
    headings: [['Գլուխ 1', 'chapter', 1, null], ['Գլուխ առաջին', 'chapter', 1, null], ['Առաջին գլուխ', 'chapter', 1, null], ['ԳԼՈՒԽ ՏԱՍՆՎԵՑԵՐՈՐԴ', 'chapter', 16, null], ['Գլուխ 2: Ծովը', 'chapter', 2, 'Ծովը'], ['Մաս երկրորդ', 'part', 2, null], ['Վերջաբան', 'chapter', null, 'Վերջաբան']],
    notes: ['Հեղինակի նշում'],
    author: ['Հեղինակ: Անի Սարգսյան', 'Անի Սարգսյան'],
  },
  az: {
    headings: [['Fəsil 1', 'chapter', 1, null], ['Birinci fəsil', 'chapter', 1, null], ['Fəsil on bir', 'chapter', 11, null], ['Fəsil iyirmi', 'chapter', 20, null], ['Səkkizinci fəsil: Dəniz', 'chapter', 8, 'Dəniz'], ['İkinci hissə', 'part', 2, null], ['Epiloq', 'chapter', null, 'Epiloq']],
    notes: ['Müəllifin qeydi: təşəkkürlər'],
    author: ['Müəllif: Aynur Əliyeva', 'Aynur Əliyeva'],
  },
  uz: {
    headings: [['BIRINCHI BOB', 'chapter', 1, null], ['Ikkinchi bob: Chiroq', 'chapter', 2, 'Chiroq'], ["To'rtinchi bob", 'chapter', 4, null], ['Toʻrtinchi bob', 'chapter', 4, null], ['To‘qqizinchi bob', 'chapter', 9, null], ['TO`QQIZINCHI BOB', 'chapter', 9, null], ['Bob besh', 'chapter', 5, null], ['Иккинчи боб', 'chapter', 2, null], ['Ikkinchi qism', 'part', 2, null], ['Muqaddima', 'chapter', null, 'Muqaddima']],
    notes: ['Muallifdan: rahmat'],
    author: ['Muallif: Dilnoza Rahimova', 'Dilnoza Rahimova'],
  },
  kk: {
    headings: [['Тарау 1', 'chapter', 1, null], ['Бірінші тарау', 'chapter', 1, null], ['Тарау он бірінші', 'chapter', 11, null], ['Тарау бес', 'chapter', 5, null], ['Екінші бөлім', 'part', 2, null], ['Кіріспе', 'chapter', null, 'Кіріспе'], ['Үшінші бөлім (соңғы)', 'part', 3, null]],
    notes: ['Автордан'],
    author: ['Авторы: Айгерім Сейітова', 'Айгерім Сейітова'],
  },
  mr: {
    headings: [['प्रकरण १', 'chapter', 1, null], ['पहिले प्रकरण', 'chapter', 1, null], ['प्रकरण विसावे', 'chapter', 20, null], ['प्रकरण पाच: पाऊस', 'chapter', 5, 'पाऊस'], ['भाग दुसरा', 'part', 2, null], ['मनोगत', 'chapter', null, 'मनोगत']],
    notes: ['लेखकाचे मनोगत', 'लेखिकेची टीप: धन्यवाद'],
    author: ['लेखिका: सुमन जोशी', 'सुमन जोशी'],
  },
  te: {
    headings: [['అధ్యాయం 1', 'chapter', 1, null], ['అధ్యాయం ౧౨', 'chapter', 12, null], ['మొదటి అధ్యాయం', 'chapter', 1, null], ['అధ్యాయం పదిహేను', 'chapter', 15, null], ['రెండో భాగం', 'part', 2, null], ['ముందుమాట', 'chapter', null, 'ముందుమాట']],
    notes: ['రచయిత మాట'],
    author: ['రచయిత్రి: లక్ష్మి', 'లక్ష్మి'],
  },
  ml: {
    headings: [['അധ്യായം 1', 'chapter', 1, null], ['അദ്ധ്യായം ൧൨', 'chapter', 12, null], ['ഒന്നാം അധ്യായം', 'chapter', 1, null], ['അധ്യായം പതിനഞ്ച്', 'chapter', 15, null], ['രണ്ടാം ഭാഗം', 'part', 2, null], ['ആമുഖം', 'chapter', null, 'ആമുഖം']],
    notes: ['എഴുത്തുകാരന്റെ കുറിപ്പ്', 'എഴുത്തുകാരൻ്റെ കുറിപ്പ്'],
    author: ['രചയിതാവ്: അനു മേനോൻ', 'അനു മേനോൻ'],
  },
  ne: {
    headings: [['परिच्छेद १', 'chapter', 1, null], ['पहिलो परिच्छेद', 'chapter', 1, null], ['परिच्छेद छ', 'chapter', 6, null], ['अध्याय बीसौं', 'chapter', 20, null], ['दोस्रो खण्ड', 'part', 2, null], ['उपसंहार', 'chapter', null, 'उपसंहार']],
    notes: ['लेखकको भनाइ'],
    author: ['लेखक: राम शर्मा', 'राम शर्मा'],
  },
  pa: {
    headings: [['ਕਾਂਡ ੧', 'chapter', 1, null], ['ਪਹਿਲਾ ਅਧਿਆਇ', 'chapter', 1, null], ['ਕਿਸ਼ਤ 3', 'chapter', 3, null], ['ਕਿਸ\u0a3cਤ ੪', 'chapter', 4, null], ['ਕਾਂਡ ਵੀਹਵਾਂ', 'chapter', 20, null], ['ਦੂਜਾ ਭਾਗ', 'part', 2, null], ['ਭੂਮਿਕਾ', 'chapter', null, 'ਭੂਮਿਕਾ']],
    notes: ['ਲੇਖਕ ਵੱਲੋਂ'],
    author: ['ਲੇਖਕ: ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ', 'ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ'],
  },
  si: {
    headings: [['පරිච්ඡේදය 1', 'chapter', 1, null], ['පළමු පරිච්ඡේදය', 'chapter', 1, null], ['දොළොස්වන පරිච්ඡේදය', 'chapter', 12, null], ['පරිච්ඡේදය දහය', 'chapter', 10, null], ['දෙවන කොටස', 'part', 2, null], ['පෙරවදන', 'chapter', null, 'පෙරවදන']],
    notes: ['කතුවරයාගේ සටහන'],
    author: ['කතුවරිය: නිලන්ති', 'නිලන්ති'],
  },
  my: {
    headings: [['အခန်း ၁', 'chapter', 1, null], ['အခန်း၁၂', 'chapter', 12, null], ['အခန်း (၅)', 'chapter', 5, null], ['အပိုင်း(၂) - မိုး', 'chapter', 2, 'မိုး'], ['ပထမ အခန်း', 'chapter', 1, null], ['အပိုင်း ၃', 'chapter', 3, null], ['အခန်း ဆယ့်ငါး', 'chapter', 15, null], ['နိဒါန်း', 'chapter', null, 'နိဒါန်း']],
    notes: ['စာရေးသူ၏ မှတ်ချက်'],
    author: ['စာရေးသူ: မောင်မောင်', 'မောင်မောင်'],
  },
  km: {
    headings: [['ជំពូកទី១', 'chapter', 1, null], ['ជំពូកទី ១២', 'chapter', 12, null], ['ជំពូកទីមួយ', 'chapter', 1, null], ['ជំពូក ដប់ប្រាំ', 'chapter', 15, null], ['ភាគទី ៣', 'chapter', 3, null], ['ផ្នែកទី ២', 'part', 2, null], ['អារម្ភកថា', 'chapter', null, 'អារម្ភកថា']],
    notes: ['ពាក្យពីអ្នកនិពន្ធ'],
    author: ['អ្នកនិពន្ធ: សុខ ចាន់', 'សុខ ចាន់'],
  },
  am: {
    headings: [['ምዕራፍ 1', 'chapter', 1, null], ['ምዕራፍ አንድ', 'chapter', 1, null], ['አንደኛ ምዕራፍ', 'chapter', 1, null], ['ምዕራፍ አስራ አምስት', 'chapter', 15, null], ['ምዕራፍ ሃያ', 'chapter', 20, null], ['ሁለተኛ ክፍል', 'part', 2, null], ['መግቢያ', 'chapter', null, 'መግቢያ']],
    notes: ['የደራሲው ማስታወሻ'],
    author: ['ደራሲ: ሰላም ተስፋዬ', 'ሰላም ተስፋዬ'],
  },
  mn: {
    headings: [['Бүлэг 1', 'chapter', 1, null], ['Нэгдүгээр бүлэг', 'chapter', 1, null], ['Бүлэг арван нэгдүгээр', 'chapter', 11, null], ['Бүлэг хорь', 'chapter', 20, null], ['Хоёрдугаар хэсэг', 'part', 2, null], ['Оршил', 'chapter', null, 'Оршил']],
    notes: ['Зохиолчийн тэмдэглэл'],
    author: ['Зохиолч: Болд', 'Болд'],
  },
  be: {
    headings: [['Раздзел 1', 'chapter', 1, null], ['Раздзел першы', 'chapter', 1, null], ['Першы раздзел', 'chapter', 1, null], ['Раздзел дваццаты', 'chapter', 20, null], ['Частка другая', 'part', 2, null], ['Пралог', 'chapter', null, 'Пралог']],
    notes: ['Ад аўтаркі: дзякуй усім, хто чытаў!', 'Ад аўтара'],
    author: ['Аўтар: Алеся Шыдлоўская', 'Алеся Шыдлоўская'],
  },
  mk: {
    headings: [['Поглавје 1', 'chapter', 1, null], ['Поглавје прво', 'chapter', 1, null], ['Прво поглавје', 'chapter', 1, null], ['Поглавје петнаесетто', 'chapter', 15, null], ['Дел втори', 'part', 2, null], ['Пролог', 'chapter', null, 'Пролог']],
    notes: ['Белешка на авторката: Расказот е напишан за збирката.', 'Белешка од авторот'],
    author: ['Авторка: Ана Петровска', 'Ана Петровска'],
  },
  sq: {
    headings: [['Kapitulli 1', 'chapter', 1, null], ['Kapitulli i parë', 'chapter', 1, null], ['Kreu i dytë: Deti', 'chapter', 2, 'Deti'], ['Kapitulli i njëmbëdhjetë', 'chapter', 11, null], ['Kapitulli tre', 'chapter', 3, null], ['Pjesa e dytë', 'part', 2, null], ['Epilogu', 'chapter', null, 'Epilogu']],
    notes: ['Shënim i autorit: faleminderit'],
    author: ['Autorja: Elira Hoxha', 'Elira Hoxha'],
  },
  cy: {
    headings: [['Pennod 1', 'chapter', 1, null], ['Pennod Un', 'chapter', 1, null], ['Pennod Un ar Ddeg', 'chapter', 11, null], ['Pennod Un Deg Pump', 'chapter', 15, null], ['Pennod Ugain: Y Môr', 'chapter', 20, 'Y Môr'], ['Rhan Gyntaf', 'part', 1, null], ['Epilog', 'chapter', null, 'Epilog']],
    notes: ['Nodyn yr awdur: diolch'],
    author: ['gan Elin Jones', 'Elin Jones'],
  },
  ga: {
    headings: [['Caibidil 1', 'chapter', 1, null], ['Caibidil a hAon', 'chapter', 1, null], ['Caibidil a Dó Dhéag', 'chapter', 12, null], ['Caibidil a Trí: An Fharraige', 'chapter', 3, 'An Fharraige'], ['Cuid a Dó', 'part', 2, null], ['Brollach', 'chapter', null, 'Brollach']],
    notes: ['Nóta an údair: go raibh maith agat'],
    author: ['Údar: Máire Ní Bhriain', 'Máire Ní Bhriain'],
  },
  gd: {
    headings: [['Caibideil 1', 'chapter', 1, null], ['Caibideil a h-Aon — An Cladach', 'chapter', 1, 'An Cladach'], ['Caibideil a Dhà Dheug', 'chapter', 12, null], ['Caibideil a Trì', 'chapter', 3, null], ['Pàirt a Dhà', 'part', 2, null]],
    notes: ['Nota bhon ùghdar: tapadh leibh'],
    author: ['Ainm-brèige: Calum na Mara', 'Calum na Mara'],
  },
  ti: {
    headings: [['ክፋል ፩', 'chapter', 1, null], ['ክፋል ፲፪', 'chapter', 12, null], ['ምዕራፍ ሓደ', 'chapter', 1, null]],
    notes: ['ካብ ጸሓፊት: የቐንየለይ ኩልኹም'],
    author: ['ጸሓፊት: ሰላም ተኽለ', 'ሰላም ተኽለ'],
  },
  ky: {
    headings: [['1-бөлүм. Кышкы жол', 'chapter', 1, 'Кышкы жол'], ['Биринчи бөлүм', 'chapter', 1, null], ['Бап 3', 'chapter', 3, null], ['Экинчи бөлүк', 'part', 2, null]],
    notes: ['Автордон: Окуганыңар үчүн чоң рахмат!'],
    author: ['Автору: Айжаркын_К', 'Айжаркын_К'],
  },
  lb: {
    headings: [['Kapitel 3', 'chapter', 3, null], ['Éischt Kapitel', 'chapter', 1, null], ['Virwuert', 'front', null, 'Virwuert']],
    notes: ['Zum Projet: All Summer publizéiert de Journal sechs Kuerzgeschichten.'],
    author: ['Vum Claudine Wampach', 'Claudine Wampach'],
  },
  oc: {
    headings: [['Capítol 2', 'chapter', 2, null], ['Primièra partida', 'part', 1, null]],
    notes: ["Nòta de l'autor: aquesta novèla es estada escricha en lengadocian."],
    author: ['Autor: Joan-Pèire Caussat', 'Joan-Pèire Caussat'],
  },
  so: {
    headings: [['Cutubka 2', 'chapter', 2, null], ['Qeybta labaad', 'chapter', 2, null]],
    notes: ['Hordhac: Sheekadan waa taxane.'],
    author: ['Qoraa: Faadumo Xasan Cali', 'Faadumo Xasan Cali'],
  },
  fy: {
    headings: [['Haadstik 3', 'chapter', 3, null], ['Earste haadstik', 'chapter', 1, null], ['Diel twa', 'part', 2, null]],
    notes: ['Notysje fan de skriuwer: Dit ferhaal is skreaun foar de skriuwwurkpleats.'],
    author: ['Troch Sjoukje Hoekstra', 'Sjoukje Hoekstra'],
  },
  qu: {
    headings: [["HUK KAQ T'AQA — Urqu patapi", 'chapter', 1, 'Urqu patapi'], ['Kimsa kaq t’aqa', 'chapter', 3, null], ["T'aqa 2", 'chapter', 2, null]],
    notes: ['Qillqaqpa willakuynin: Kay willakuyta hatun mamaymanta uyarirqani.'],
    author: ['Qillqaq: Rosa Mamani Huillca', 'Rosa Mamani Huillca'],
  },
  mi: {
    headings: [['Upoko Tuatahi: Te Awa', 'chapter', 1, 'Te Awa'], ['Upoko rua', 'chapter', 2, null], ['Wāhanga Tuatoru', 'part', 3, null]],
    notes: ['Kupu a te kaituhi: I tuhia tēnei pūrākau mō te whakataetae.'],
    author: ['Kaituhi: Hineroa Tapsell', 'Hineroa Tapsell'],
  },
  tpi: {
    headings: [['🌊 HAP NAMBA 1 🌊', 'chapter', 1, null], ['Sapta tu: Long nambis', 'chapter', 2, 'Long nambis']],
    notes: ['Tok bilong raita: Gude olgeta! Tenkyu.'],
    author: ['Raita: Kila Wapi', 'Kila Wapi'],
  },
  lad: {
    headings: [['Kapitolo 1: El sandik', 'chapter', 1, 'El sandik'], ['Kapitolo sinko', 'chapter', 5, null]],
    notes: ['Nota de la autora: La kaza es imajinada.'],
    author: ['por Sara Benveniste', 'Sara Benveniste'],
  },
  or: {
    headings: [['ଅଧ୍ୟାୟ ୨', 'chapter', 2, null], ['ଭାଗ ୧', 'part', 1, null]],
    notes: ['ଟିପ୍ପଣୀ: ଏହା ମୋର ପ୍ରଥମ ଗଳ୍ପ।'],
    author: ['ଲେଖିକା: ସୁଭଶ୍ରୀ ମହାପାତ୍ର', 'ସୁଭଶ୍ରୀ ମହାପାତ୍ର'],
  },
  su: {
    headings: [['Pasal 2', 'chapter', 2, null], ['Pasal tilu', 'chapter', 3, null], ['Bagian dua', 'part', 2, null]],
    notes: ['Catetan: Carpon ieu kungsi dimuat dina majalah Manglé.'],
    author: ['Ku: Asep Sunarya', 'Asep Sunarya'],
  },
  pap: {
    headings: [['Kapítulo 1 – Nanzi tin hamber', 'chapter', 1, 'Nanzi tin hamber'], ['Kapitulo shete', 'chapter', 7, null], ['Parti 2', 'part', 2, null]],
    notes: ['Nota di outor: Danki pa lesa!'],
    author: ['Outor: Giselle Martis', 'Giselle Martis'],
  },
  ht: {
    headings: [['[ CHAPIT EN — Vwayaj la ]', 'chapter', 1, 'Vwayaj la'], ['Chapit twa', 'chapter', 3, null], ['Dezyèm pati', 'part', 2, null]],
    notes: ['Nòt otè a: Mwen ekri istwa sa a an kreyòl.'],
    author: ['Ekriven: Wiselande Jean-Baptiste', 'Wiselande Jean-Baptiste'],
  },
  ha: {
    headings: [['Babi na 1: Ruwan Sama', 'chapter', 1, 'Ruwan Sama'], ['Babi 3', 'chapter', 3, null]],
    notes: ['Daga Marubuciya: Assalamu alaikum masoya!'],
    author: ['Marubuciya: Safiyya Ibrahim Yola', 'Safiyya Ibrahim Yola'],
  },
  ku: {
    headings: [['〰️ Beşa Yekem 〰️', 'chapter', 1, null], ['Beş 3: Çiya', 'chapter', 3, 'Çiya'], ['Cilda Duyem', 'part', 2, null]],
    notes: ['Gotina nivîskarê: Ev çîrok ji bîranînên malbata min hatiye.'],
    author: ['Nivîskar: Rojda Baran', 'Rojda Baran'],
  },
  co: {
    headings: [['Capitulu primu – A muntagna', 'chapter', 1, 'A muntagna'], ['Capitulu 3', 'chapter', 3, null], ['Parte seconda', 'part', 2, null]],
    notes: ["Nota di l'autore: principiu quì una storia."],
    author: ['Autore: Ghjuvan Petru Santucci', 'Ghjuvan Petru Santucci'],
  },
  scn: {
    headings: [['Capìtulu I - U funerali', 'chapter', 1, 'U funerali'], ['Capìtulu secunnu', 'chapter', 2, null]],
    notes: ["Nota di l'auturi: Scrivu comu si parla a Catania."],
    author: ['Auturi: Nicuzza Russo', 'Nicuzza Russo'],
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

  it.each([['๕', 5], ['٣', 3], ['۱۲', 12], ['१२', 12], ['１２', 12], ['௧௨', 12], ['౧౨', 12], ['൧൨', 12], ['੧੨', 12], ['၁၂', 12], ['១២', 12], ['᠑᠒', 12]])('reads the digits %s as %i', (text, n) => expect(parseNumber(text)).toBe(n));
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

describe('a social post’s labels and parts', () => {
  it('reads a label dressed with an emoji, and leaves a copyright notice alone', () => {
    expect(matchFieldLine('✍️ نویسنده: مهسا رادمهر')?.value).toBe('مهسا رادمهر');
    expect(matchFieldLine('📖 Title: The Salt Road')?.meta).toBe('title');
    expect(matchFieldLine('© Copyright: Анна Вересова, 2016')?.key).not.toBe('Copyright');
  });

  it('reads a known label set off by a dash, and nothing else so', () => {
    expect(matchFieldLine('ရေးသူ - ခင်သီတာဝင်း')).toMatchObject({ value: 'ခင်သီတာဝင်း', meta: 'author' });
    expect(matchFieldLine('Rating - T')?.value).toBe('T');
    expect(matchFieldLine('Winter Roses - Jane Doe')).toBeNull();
  });

  it('reads a part posted under a hashtag as its heading', () => {
    expect(matchHeading('#پارت_۱')).toMatchObject({ level: 'chapter', number: 1 });
    expect(matchHeading('#Part_2')).toMatchObject({ level: 'part', number: 2 });
    expect(matchHeading('#hanoi_cafe')).toBeNull();
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
    ['Tiotal: Solas a\' Chladaich', 'title', "Solas a' Chladaich"],
    ['ዛንታ: ማይ ዝሰተየት ከተማ', 'title', 'ማይ ዝሰተየት ከተማ'],
    ['Аталышы: Тоо арасындагы жарык', 'title', 'Тоо арасындагы жарык'],
    ['Hekayə: Köhnə saat', 'title', 'Köhnə saat'],
  ])('reads %s as the %s', (line, meta, value) => {
    const field = matchFieldLine(line);
    expect({ meta: field?.meta, value: field?.value }).toEqual({ meta, value });
  });

  it('reads Catalan `per NAME` as a by-line, but not an Italian dedication `Per Luca`', () => {
    expect(matchByLine('per Marta Puig i Soler')?.author).toBe('Marta Puig i Soler');
    expect(matchByLine('Per Luca')).toBeNull();
  });

  it('reads Tagalog `ni NAME` as a by-line, but not a sentence opening `Ni isa …`', () => {
    expect(matchByLine('ni Andrea Villacorta-Santos')?.author).toBe('Andrea Villacorta-Santos');
    expect(matchByLine('Ni Isa Walang Dumating')).toBeNull();
  });

  it.each(['Gènere: Drama', 'قسم: رومانوی', 'اسٹیٹس: مکمل', 'Àireamh fhaclan: mu 1,000', 'ዓይነት: ማሕበራዊ ዛንታ', 'Көлөмү: 3 бөлүм'])('knows %s as a header field', (line) => {
    expect(matchFieldLine(line)).not.toBeNull();
  });
});

describe('the third round of languages’ number words on their own', () => {
  it.each(['Saith the Lord of hosts', 'Он пришёл домой поздно', 'Бес попутал', 'Chapter On Love', 'Naw, I said', 'Dara came home', 'Tre giorni dopo', 'Sé an fear a tháinig'])('reads %s as prose, not a numbered heading', (line) => {
    expect(matchHeading(line)?.number ?? null).toBeNull();
  });
});

describe('header fields of the third round of languages', () => {
  it.each([
    ['სათაური: მთის სახლი', 'title', 'მთის სახლი'],
    ['აღწერა: ზაფხული მთაში', 'description', 'ზაფხული მთაში'],
    ['தலைப்பு: மழைக்கால நினைவுகள்', 'title', 'மழைக்கால நினைவுகள்'],
    ['Վերնագիր: Ծովը', 'title', 'Ծովը'],
    ['Başlıq: Dəniz', 'title', 'Dəniz'],
    ['Атауы: Дала', 'title', 'Дала'],
    ['शीर्षक: पाऊस', 'title', 'पाऊस'],
    ['ਸਿਰਲੇਖ: ਮੀਂਹ', 'title', 'ਮੀਂਹ'],
    ['శీర్షిక: వాన', 'title', 'వాన'],
    ['തലക്കെട്ട്: മഴ', 'title', 'മഴ'],
    ['මාතෘකාව: වැස්ස', 'title', 'වැස්ස'],
    ['ခေါင်းစဉ်: မိုး', 'title', 'မိုး'],
    ['ចំណងជើង: ភ្លៀង', 'title', 'ភ្លៀង'],
    ['ርዕስ: ዝናብ', 'title', 'ዝናብ'],
    ['Гарчиг: Бороо', 'title', 'Бороо'],
    ['Назва: Дождж', 'title', 'Дождж'],
    ['Јазик: македонски', 'language', 'mk'],
    ['Titulli: Shiu', 'title', 'Shiu'],
    ['Teitl: Y Glaw', 'title', 'Y Glaw'],
    ['Crynodeb: Stori am y glaw', 'description', 'Stori am y glaw'],
    ['Teideal: An Bháisteach', 'title', 'An Bháisteach'],
    ['Teanga: Gaeilge', 'language', 'ga'],
  ])('reads %s as the %s', (line, meta, value) => {
    const field = matchFieldLine(line);
    expect({ meta: field?.meta, value: meta === 'language' ? languageTag(field?.value ?? '') : field?.value }).toEqual({ meta, value });
  });

  it.each(['ჟანრი: დრამა', 'வகை: குடும்பம்', 'Ժանր: դրամա', 'Janr: dram', 'Жанры: роман', 'ਵਿਧਾ: ਕਹਾਣੀ', 'Zhanri: dramë', 'Seánra: drámaíocht', 'Rhybuddion: dim'])('knows %s as a header field', (line) => {
    expect(matchFieldLine(line)).not.toBeNull();
  });
});

describe('dated entries in the third round of languages', () => {
  it.each([
    ['ორშაბათი, 3 იანვარი', 1, 3],
    ['வெள்ளிக்கிழமை, 12 ஜூன்', 6, 12],
    ['3 հունվարի 2011', 1, 3],
    ['Dydd Llun, 3 Ionawr', 1, 3],
    ['панядзелак, 3 студзеня', 1, 3],
    ['e hënë, 3 janar 2011', 1, 3],
    ['3 Eanáir 2011', 1, 3],
    ['Дүйсенбі, 3 қаңтар', 1, 3],
    ['12 ജൂൺ', 6, 12],
  ])('reads %s as a date', (line, month, day) => {
    const d = matchDateLine(line);
    expect({ month: d?.month, day: d?.day }).toEqual({ month, day });
  });
});

describe('a Spanish script’s credits and closing card', () => {
  it('reads `Original de: NAME` as the author field, and `FIN DEL CAPÍTULO 15` as a closing line', () => {
    expect(matchFieldLine('Original de: Amparo Villalba Ruiz')).toMatchObject({ meta: 'author', value: 'Amparo Villalba Ruiz' });
    expect(isClosingLine('FIN DEL CAPÍTULO 15')).toBe(true);
    expect(isClosingLine('Fin de la historia de mi abuelo que murió en 1931')).toBe(false);
  });
});

describe('a Japanese header whose labels are spread to line up', () => {
  it('reads `作　　者：NAME` as the author field, its key kept as written', () => {
    expect(matchFieldLine('作　　者：ねこやなぎ')).toMatchObject({ key: '作　　者', meta: 'author', value: 'ねこやなぎ' });
    expect(matchFieldLine('長　　さ：２回（全部で１２０行くらい）')).toMatchObject({ key: '長　　さ', value: '２回（全部で１２０行くらい）' });
  });
});

describe('a Haitian by-line under a title', () => {
  it('reads `Yon nouvèl pa NAME` as the author, but not a sentence with `pa` (not)', () => {
    expect(matchByLine('Yon nouvèl pa Wilfrid Jean-Baptiste')?.author).toBe('Wilfrid Jean-Baptiste');
    expect(matchByLine('Li pa Nadège')).toBeNull();
  });
});

describe("a Georgian heading's label", () => {
  it('keeps its letters: Georgian has no capital to open a word with', () => {
    expect(matchHeading('ნაწილი მესამე (ბოლო)')?.label).toBe('ნაწილი');
  });
});

describe('Lithuanian ordinals', () => {
  it.each([
    ['ANTRA DALIS. ZIEMA', 2],
    ['TRECIA DALIS', 3],
    ['Trečiasis skyrius', 3],
    ['Pirmoji dalis', 1],
    ['Sestas skyrius', 6],
  ])('reads %s in the feminine of `dalis`, the definite form and without diacritics', (text, number) => {
    expect(matchHeading(text)?.number).toBe(number);
  });
});

describe('an Albanian story page', () => {
  it('reads `Tregim nga NAME` (a story by) as the by-line, and `FUND` as the end, not a point of view', () => {
    expect(matchByLine('Tregim nga Dritan Meta')?.author).toBe('Dritan Meta');
    const o = inspectText(['Portokalli i fundit', 'Tregim nga Dritan Meta', '', 'Kapitulli 1', '', 'Babai iku me anije një mëngjes vjeshte dhe nuk u kthye më kurrë në shtëpi.', '', 'FUND', ''].join('\n'));
    expect(o.author).toBe('Dritan Meta');
    expect(o.chapters[0]?.povMarkers).toEqual([]);
  });
});

describe("a footnote's mark after the writer's name", () => {
  it('is left off the author', () => {
    const o = inspectText(['Salt Wind', 'by Ann Marsh*', '', 'Mother never liked the smell of the salt wind. Father went to sea every morning at four.', '', '* Ann Marsh teaches in Rameswaram.', ''].join('\n'));
    expect(o.author).toBe('Ann Marsh');
  });
});
