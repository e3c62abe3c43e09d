import type { HeadingLanguage } from './types.js';

/**
 * Papiamentu (Curaçao, Aruba, Bonaire): `Kapítulo 1 – Title`, `Kapitulo dos`, `Parti 2`; `Nota di outor:` (the
 * author's note); `skirbí pa NAME` (written by) under a title.
 */
export const pap: HeadingLanguage = {
  tag: 'pap',
  names: ['papiamentu', 'papiamento', 'papiamen'],
  chapter: ['kapítulo', 'kapitulo'],
  part: ['parti'],
  endings: ['fin', 'kaba'],
  named: ['prólogo', 'introdukshon', 'epílogo'],
  numbers: { kuater: 4, sinku: 5, shete: 7, nuebe: 9, dies: 10, promé: 1, prome: 1 },
  // `un`, `dos`, `tres`, `seis`, `ocho` are Spanish's and French's words as well.
  localNumbers: { un: 1, dos: 2, tres: 3, seis: 6, ocho: 8 },
  notes: [{ id: 'note-pap', words: ['nota di outor', 'nota di outora', 'nota di skirbidó', 'palabra di outor'], standalone: true }],
  byLines: ['skirbí pa', 'skirbi pa'],
  fields: {
    title: ['título', 'titulo'],
    author: ['outor', 'outora', 'skirbidó'],
    description: ['resúmen', 'resumen'],
    language: ['idioma'],
  },
};
