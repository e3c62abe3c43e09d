import type { HeadingLanguage } from './types.js';

/** Galician: `Capítulo 1`, `Capítulo primeiro`, `Segunda parte`, `Limiar`, `Nota da autora`, `Autora: …`. */
export const gl: HeadingLanguage = {
  tag: 'gl',
  names: ['galician', 'galego', 'gallego', 'galicien', 'galicisch', 'galiciano'],
  chapter: ['capítulo', 'capitulo'],
  calendar: {
    weekdays: ['luns', 'martes', 'mércores', 'mercores', 'xoves', 'venres', 'sábado', 'domingo'],
    months: [['xaneiro'], ['febreiro'], ['marzo'], ['abril'], ['maio'], ['xuño'], ['xullo'], ['agosto'], ['setembro'], ['outubro'], ['novembro'], ['decembro']],
    leads: ['querido diario'],
    joiners: ['de'],
  },
  part: ['parte', 'libro'],
  named: ['prólogo', 'epílogo', 'limiar', 'interludio'],
  numbers: {
    unha: 1, dous: 2, 'dúas': 2, catro: 4, oito: 8, 'vinte': 20, trinta: 30,
    primeiro: 1, primeira: 1, segundo: 2, segunda: 2, terceiro: 3, terceira: 3, cuarto: 4, cuarta: 4, quinto: 5, quinta: 5,
    sexto: 6, sexta: 6, 'sétimo': 7, 'sétima': 7, oitavo: 8, oitava: 8, noveno: 9, novena: 9, 'décimo': 10, 'décima': 10,
  },
  // `sete` (7), `nove` (9) and `dez` (10) are Portuguese and Galician alike; `un` is French.
  localNumbers: { un: 1, sete: 7, nove: 9, dez: 10 },
  articles: ['un', 'unha'],
  notes: [
    { id: 'note-gl', pattern: /^notas?\s+(?:da autora|do autor|da tradutora|do tradutor|finais)$/i, standalone: true },
  ],
  byLines: ['por', 'escrito por', 'escrita por'],
  fields: {
    title: ['título', 'titulo'],
    author: ['autor', 'autora'],
    description: ['resumo', 'sinopse'],
    language: ['lingua', 'idioma'],
    known: ['xénero', 'xenero', 'personaxes', 'palabras', 'capítulos', 'estado', 'avisos'],
  },
  contents: ['índice', 'sumario'],
};
