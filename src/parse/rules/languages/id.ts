import type { HeadingLanguage } from './types.js';

/** Indonesian: `Bab 1`, `Bab Satu`, `Catatan penulis`; numbers compose by `belas` (+10) and `puluh` (×10). */
export const id: HeadingLanguage = {
  tag: 'id',
  comments: ['komentar'],
  names: ['indonesian', 'bahasa indonesia', 'indonesia', 'indonesisch', 'indonésien', 'indonesio', 'indonesiano', 'indonésio', 'indonezyjski', 'индонезийский', '印尼语', '印尼語', 'インドネシア語', '인도네시아어'],
  chapter: ['bab'],
  calendar: {
    weekdays: ['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'jum\'at', 'sabtu', 'minggu'],
    months: [['januari', 'jan'], ['februari', 'feb'], ['maret', 'mar'], ['april', 'apr'], ['mei'], ['juni', 'jun'], ['juli', 'jul'], ['agustus', 'agu', 'ags'], ['september', 'sep'], ['oktober', 'okt'], ['november', 'nov'], ['desember', 'des']],
    leads: ['dear diary', 'tanggal'],
    clock: ['pukul', 'jam'],
  },
  // `BAG.2`: a serial's part, abbreviated as an SMS cerbung writes it.
  part: ['bagian', 'jilid', 'bag.'],
  endings: ['selesai', 'tamat', 'the end', 'end'],
  named: ['prolog', 'epilog'],
  numbers: {
    nol: 0, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10,
    sebelas: 11, belas: 10, seratus: 100,
    pertama: 1, kedua: 2, ketiga: 3, keempat: 4, kelima: 5, keenam: 6, ketujuh: 7, kedelapan: 8, kesembilan: 9, kesepuluh: 10,
  },
  multipliers: { puluh: 10, ratus: 100 },
  thousands: ['ribu'],
  totals: ['dari'],
  joiningWords: ['dan', 'untuk', 'dengan', 'di', 'ke', 'dari', 'atau', 'tentang', 'pada', 'bagi'],
  notes: [
    { id: 'note-id', words: ['catatan penulis', 'catatan author', 'catatan penerjemah', 'catatan penerjemahan', 'catatan translator', 'catatan editor', 'catatan', 'author note', 'balasan review', 'balasan review yang tidak login', 'balas review'], standalone: true },
  ],
  byLines: ['oleh', 'ditulis oleh', 'karya'],
  fields: {
    title: ['judul'],
    author: ['penulis', 'pengarang', 'cerpen karangan'],
    description: ['sinopsis', 'ringkasan', 'deskripsi', 'blurb'],
    language: ['bahasa'],
    known: ['genre', 'kategori', 'status', 'tag', 'peringatan', 'tokoh', 'jumlah kata'],
  },
  navigation: [String.raw`\b(?:bab|part)\s+(?:selanjutnya|sebelumnya)\b`],
  contents: ["daftar isi", "daftar bab", "daftar part"],
  // Blogger's footer in Indonesian: `3 komentar:`, `Label: …`, `Diposting oleh NAME di 21.47`, `Posting Lebih Baru`.
  // (Cerpenmu's: `"Kamu suka cerpen ini?, Share donk ke temanmu!"`, `Share ke Facebook`, `" Baca Juga Cerpen Lainnya! "`.)
  pageTail: [String.raw`["“]?kamu suka cerpen ini\?.*`, String.raw`share ke \S+`, String.raw`["“]?\s*baca juga \S.{0,30}`, String.raw`(?:komentar|bagikan)`, String.raw`(?:\d+ komentar|tidak ada komentar)\s*:?`, String.raw`label\s*:\s*\S.*`, String.raw`diposting oleh \S.{0,40} di \d{1,2}[:.]\d{2}`, String.raw`posting (?:lebih baru|lama)(?:\s+.*)?`],
  editionSections: ["kolofon", "tentang edisi ini"],
  readMore: ['baca selengkapnya', 'lanjut baca', 'baca lebih lanjut'],
  related: ['baca juga', 'artikel terkait', 'cerita terkait'],
  earlierParts: ['bagian sebelumnya', 'baca bagian sebelumnya', 'part sebelumnya'],
  account: ['beranda', 'masuk', 'daftar', 'mulai baca', 'baca sekarang'],
  wiki: { edit: ['sunting', 'sunting sumber'], jump: ['langsung ke navigasi cari', 'lompat ke navigasi', 'lompat ke pencarian'] },
};
