import type { HeadingLanguage } from './types.js';

/** Turkish. `on` (ten) is left out: as an English word it opens too many lines of prose. */
export const tr: HeadingLanguage = {
  tag: 'tr',
  postAge: [String.raw`\d{1,3}\s+(?:dakika|saat|gün|hafta|ay|yıl)\s+önce`],
  moreBy: ['yazarın diğer'],
  comments: ['yorumlar'],
  names: ['turkish', 'türkçe', 'turkce', 'türkisch', 'turc', 'turco', 'turks', 'turecki', 'турецкий', 'турецька', '土耳其语', '土耳其語', 'トルコ語', '터키어', 'turki', 'turkiska', 'turečtina'],
  chapter: ['bölüm'],
  pageTail: [String.raw`(?:oy ver|yorum yap|paylaş)`, String.raw`\d+ yorum\s*:?(?:\s*[|·•].*)?`, String.raw`etiketler\s*:\s*\S.*`],
  calendar: {
    weekdays: ['pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar'],
    months: [['ocak'], ['şubat'], ['mart'], ['nisan'], ['mayıs'], ['haziran'], ['temmuz'], ['ağustos'], ['eylül'], ['ekim'], ['kasım'], ['aralık']],
    leads: ['sevgili günlük'],
    clock: ['saat'],
  },
  part: ['kısım', 'kitap', 'cilt'],
  numberFirst: { chapter: ['bölüm'], part: ['kısım', 'cilt'] },
  genres: ['kısa öykü', 'kısa hikâye', 'kısa hikaye', 'öykü', 'hikâye', 'hikaye', 'roman', 'novella', 'masal'],
  named: ['önsöz', 'sonsöz', 'prolog', 'epilog'],
  numbers: {
    bir: 1, iki: 2, 'üç': 3, 'dört': 4, 'beş': 5, 'altı': 6, yedi: 7, sekiz: 8, dokuz: 9, yirmi: 20, otuz: 30,
    birinci: 1, ikinci: 2, 'üçüncü': 3, 'dördüncü': 4, 'beşinci': 5, 'altıncı': 6, yedinci: 7, sekizinci: 8, dokuzuncu: 9, onuncu: 10,
  },
  multipliers: { 'yüz': 100 },
  thousands: ['bin'],
  notes: [
    { id: 'note-tr', words: ['yazarın notu', 'yazar notu', 'yazarın notları', 'yazardan'], standalone: true },
    // `Y/N:` (yazar notu), Turkish's A/N; only before a colon, where a reader-insert story's `Y/N` (your name) never stands.
    { id: 'note-tr-abbr', pattern: /^y\/n$/i, standalone: false },
  ],
  fields: {
    title: ['başlık'],
    author: ['yazar', 'yazan'],
    description: ['özet', 'açıklama'],
    language: ['dil'],
    known: ['tür', 'karakterler', 'uyarılar', 'kelime', 'bölümler', 'durum'],
  },
  contents: ["içindekiler", "bölümler"],
  editionSections: ["künye", "bu baskı hakkında"],
  readMore: ['devamını oku', 'devamı'],
  related: ['bunları da okuyun', 'benzer yazılar', 'ilgili yazılar'],
  earlierParts: ['önceki bölüm', 'ilk bölüm burada'],
  account: ['giriş yap', 'kaydol'],
  wiki: { edit: ['değiştir', 'kaynağı değiştir'], jump: ['gezinti kısmına atla', 'arama kısmına atla'] },
};
