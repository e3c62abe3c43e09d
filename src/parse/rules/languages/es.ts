import type { HeadingLanguage } from './types.js';

export const es: HeadingLanguage = {
  tag: 'es',
  chapter: ['capítulo', 'capitulo', 'cap.'],
  part: ['parte', 'libro', 'tomo'],
  weakChapter: ['día', 'dia'],
  named: ['prólogo', 'prologo', 'epílogo', 'epilogo', 'interludio'],
  numbers: {
    cero: 0, uno: 1, una: 1, un: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
    once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, 'dieciséis': 16, dieciseis: 16, diecisiete: 17, dieciocho: 18,
    diecinueve: 19, veinte: 20, veintiuno: 21, 'veintidós': 22, 'veintitrés': 23, veinticuatro: 24, veinticinco: 25,
    treinta: 30, cuarenta: 40, cincuenta: 50,
    primero: 1, primera: 1, primer: 1, segundo: 2, segunda: 2, tercero: 3, tercera: 3, tercer: 3, cuarto: 4, cuarta: 4,
    quinto: 5, quinta: 5, sexto: 6, sexta: 6, 'séptimo': 7, 'séptima': 7, octavo: 8, octava: 8, noveno: 9, novena: 9,
    'décimo': 10, 'décima': 10,
  },
  joiners: ['y'],
  hundreds: ['cien', 'ciento'],
};
