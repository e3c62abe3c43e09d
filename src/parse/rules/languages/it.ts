import type { HeadingLanguage } from './types.js';

export const it: HeadingLanguage = {
  tag: 'it',
  names: ['italian', 'italiano', 'italienisch', 'italien', 'italiaans', 'włoski', 'итальянский', 'італійська', '意大利语', '義大利語', 'イタリア語', '이탈리아어', 'italia', 'italienska', 'italyanca', 'italština'],
  chapter: ['capitolo', 'cap.', 'puntata', 'episodio'],
  pageTail: [String.raw`(?:vota|commenta)`, String.raw`(?:\d+ commenti|nessun commento)\s*:?(?:\s*[|·•].*)?`, String.raw`etichette\s*:\s*\S.*`, String.raw`(?:pubblicato|inviato|postato) da \S.{0,40} alle \d{1,2}[:.]\d{2}.*`, String.raw`post (?:più recenti?|più vecchi).*`],
  calendar: {
    weekdays: ['lunedì', 'lunedi', 'martedì', 'martedi', 'mercoledì', 'mercoledi', 'giovedì', 'giovedi', 'venerdì', 'venerdi', 'sabato', 'domenica'],
    months: [['gennaio', 'genn'], ['febbraio', 'febbr'], ['marzo'], ['aprile'], ['maggio'], ['giugno'], ['luglio'], ['agosto'], ['settembre', 'sett'], ['ottobre', 'ott'], ['novembre', 'nov'], ['dicembre', 'dic']],
    leads: ['caro diario', 'il'],
    clock: ['alle', 'ore'],
  },
  part: ['parte', 'libro'],
  weakChapter: ['giorno'],
  genres: ['romanzo', 'un romanzo', 'racconto', 'un racconto', 'novella', 'fiaba', 'una fiaba'],
  endings: ['continua'],
  lastPart: ['fine', 'ultima', 'ultima puntata', 'ultima parte'],
  continued: ['continua', 'segue'],
  upcoming: ['prossimo', 'prossima', 'domani', 'presto'],
  rubrics: ['appendice', "romanzo d'appendice"],
  named: ['prologo', 'epilogo', 'interludio'],
  numbers: {
    zero: 0, uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10,
    undici: 11, dodici: 12, tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17, diciotto: 18,
    diciannove: 19, venti: 20, ventuno: 21, trenta: 30, quaranta: 40, cinquanta: 50,
    primo: 1, prima: 1, secondo: 2, seconda: 2, terzo: 3, terza: 3, quarto: 4, quarta: 4, quinto: 5, quinta: 5,
    sesto: 6, sesta: 6, settimo: 7, settima: 7, ottavo: 8, ottava: 8, nono: 9, nona: 9, decimo: 10, decima: 10,
    undicesimo: 11, undicesima: 11, dodicesimo: 12, dodicesima: 12, ventesimo: 20, ventesima: 20,
  },
  joiners: ['e'],
  multipliers: { cento: 100 },
  thousands: ['mille'],
  articles: ['un', 'una', 'uno'],
  totals: ['di'],
  notes: [
    // A serial's story-so-far box over an installment.
    { id: 'note-recap', words: ['riassunto delle puntate precedenti', 'le puntate precedenti', 'riassunto dei capitoli precedenti'], standalone: true, edge: 'start' },
    { id: 'note-it', pattern: /^(?:note?|nota|angolo)\s+(?:dell['’]\s?(?:autrice|autore)|della traduttrice|del traduttore)$/i, standalone: true },
    // Wattpad's Italian writers' `Spazio autrice:` (the author's corner).
    { id: 'note-it', pattern: /^spazio\s+(?:autrice|autore|dell['’]\s?(?:autrice|autore))$/i, standalone: true },
    // `n.d.a.` (nota dell'autore/autrice), `n.d.t.` (del traduttore), written before the note's text.
    { id: 'note-it-abbr', pattern: /^n\.\s?d\.\s?[atr]\.$/i, standalone: false },
    { id: 'note-it-editor', words: ['nota della redazione', 'nota del curatore', 'nota della curatrice'], standalone: true },
  ],
  byLines: ['di', 'scritto da', 'scritta da', 'un racconto di', 'un romanzo di', 'una storia di'],
  posted: { verbs: ['pubblicato', 'inviato', 'postato'], on: ['il'], by: ['da'], at: ['il', 'alle'] },
  fields: {
    title: ['titolo'],
    author: ['autore', 'autrice'],
    description: ['introduzione', 'trama', 'riassunto'],
    language: ['lingua'],
    known: ['genere', 'capitoli', 'avvertimenti', 'avvertenze', 'categoria', 'personaggi', 'rating', 'parole', 'coppie', 'fandom', 'stato'],
  },
  navigation: [String.raw`\bcapitolo\s+(?:precedente|successivo)\b`],
  pov: { prefixes: ['punto di vista di', 'punto di vista', 'pdv'] },
  contents: ["indice", "sommario", "capitoli", "elenco dei capitoli"],
  editionSections: ["colophon", "colofone", "note legali", "informazioni su questa edizione"],
};
