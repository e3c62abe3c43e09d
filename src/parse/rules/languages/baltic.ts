import type { HeadingLanguage } from './types.js';

/** Estonian, Latvian and Lithuanian write the number first: `1. peatükk`, `1. nodaļa`, `1 skyrius`; the label-first form is read too. */
export const et: HeadingLanguage = {
  tag: 'et',
  names: ['estonian', 'eesti', 'estnisch', 'estonien'],
  chapter: ['peatükk'],
  calendar: {
    weekdays: ['esmaspäev', 'teisipäev', 'kolmapäev', 'neljapäev', 'reede', 'laupäev', 'pühapäev'],
    months: [['jaanuar'], ['veebruar'], ['märts'], ['aprill'], ['mai'], ['juuni'], ['juuli'], ['august'], ['september'], ['oktoober'], ['november'], ['detsember']],
    leads: ['kallis päevik'],
    clock: ['kell'],
  },
  part: ['osa', 'raamat'],
  numberFirst: { chapter: ['peatükk'], part: ['osa', 'raamat'] },
  named: ['proloog', 'epiloog'],
  endings: ['lõpp'],
  numbers: { 'esimene': 1, 'teine': 2, 'neljas': 4, 'viies': 5, 'kuues': 6, 'seitsmes': 7, 'kaheksas': 8, 'üheksas': 9, 'kümnes': 10 },
  notes: [
    { id: 'note-et', words: ['autori märkus', 'autori kommentaar'], standalone: true },
    { id: 'note-et-short', words: ['märkus'], standalone: false },
  ],
  fields: { title: ['pealkiri'], author: ['autor'], description: ['kokkuvõte'] },
  contents: ['sisukord'],
};

export const lv: HeadingLanguage = {
  tag: 'lv',
  names: ['latvian', 'latviešu', 'lettisch', 'letton'],
  chapter: ['nodaļa'],
  calendar: {
    weekdays: ['pirmdiena', 'otrdiena', 'trešdiena', 'ceturtdiena', 'piektdiena', 'sestdiena', 'svētdiena'],
    months: [['janvāris', 'janvārī', 'janvāra'], ['februāris', 'februārī', 'februāra'], ['marts', 'martā', 'marta'], ['aprīlis', 'aprīlī', 'aprīļa'], ['maijs', 'maijā', 'maija'], ['jūnijs', 'jūnijā', 'jūnija'], ['jūlijs', 'jūlijā', 'jūlija'], ['augusts', 'augustā', 'augusta'], ['septembris', 'septembrī', 'septembra'], ['oktobris', 'oktobrī', 'oktobra'], ['novembris', 'novembrī', 'novembra'], ['decembris', 'decembrī', 'decembra']],
    leads: ['dārgā dienasgrāmata'],
    joiners: ['gada', 'g.'],
  },
  part: ['daļa', 'grāmata'],
  numberFirst: { chapter: ['nodaļa'], part: ['daļa', 'grāmata'] },
  named: ['prologs', 'epilogs'],
  genres: ['stāsts', 'romāns', 'novele', 'noveles', 'pasaka', 'īsstāsts'],
  endings: ['beigas'],
  numbers: { 'pirmā': 1, 'otrā': 2, 'trešā': 3, 'ceturtā': 4, 'piektā': 5, 'sestā': 6, 'septītā': 7, 'astotā': 8, 'devītā': 9, 'desmitā': 10 },
  notes: [
    { id: 'note-lv', words: ['autora piezīme', 'autores piezīme'], standalone: true },
    { id: 'note-lv-short', words: ['piezīme'], standalone: false },
  ],
  fields: { title: ['nosaukums'], author: ['autors', 'autore'], description: ['kopsavilkums', 'apraksts'] },
  contents: ['saturs'],
};

/** Lithuanian ordinals, masculine (`skyrius`) and feminine (`dalis`), plain and definite, and as typed without diacritics (`trecia dalis`). */
const LT_STEMS = ['pirm', 'antr', 'treči', 'ketvirt', 'penkt', 'šešt', 'septint', 'aštunt', 'devint', 'dešimt'];
const LT_ORDINALS: Record<string, number> = Object.fromEntries(
  LT_STEMS.flatMap((stem, k) => {
    const forms = [`${stem}as`, `${stem}asis`, `${stem}a`, `${stem}oji`];
    return forms.flatMap((w) => [[w, k + 1], [w.normalize('NFD').replace(/\p{M}/gu, ''), k + 1]] as [string, number][]);
  }),
);

export const lt: HeadingLanguage = {
  tag: 'lt',
  names: ['lithuanian', 'lietuvių', 'litauisch', 'lituanien'],
  chapter: ['skyrius'],
  calendar: {
    weekdays: ['pirmadienis', 'antradienis', 'trečiadienis', 'ketvirtadienis', 'penktadienis', 'šeštadienis', 'sekmadienis'],
    months: [['sausio', 'sausis'], ['vasario', 'vasaris'], ['kovo', 'kovas'], ['balandžio', 'balandis'], ['gegužės', 'gegužė'], ['birželio', 'birželis'], ['liepos', 'liepa'], ['rugpjūčio', 'rugpjūtis'], ['rugsėjo', 'rugsėjis'], ['spalio', 'spalis'], ['lapkričio', 'lapkritis'], ['gruodžio', 'gruodis']],
    leads: ['mielas dienorašti'],
    joiners: ['m.', 'd.'],
  },
  part: ['dalis', 'knyga'],
  numberFirst: { chapter: ['skyrius'], part: ['dalis', 'knyga'] },
  named: ['prologas', 'epilogas'],
  genres: ['apysaka', 'romanas', 'novelė', 'apsakymas', 'pasaka'],
  numbers: LT_ORDINALS,
  notes: [
    { id: 'note-lt', words: ['autoriaus pastaba', 'autorės pastaba', 'autoriaus žodis'], standalone: true },
    { id: 'note-lt-short', words: ['pastaba', 'pastabos'], standalone: false },
  ],
  fields: { title: ['pavadinimas'], author: ['autorius', 'autorė'], description: ['santrauka', 'aprašymas'] },
  contents: ['turinys'],
};
