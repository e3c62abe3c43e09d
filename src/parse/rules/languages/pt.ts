import type { HeadingLanguage } from './types.js';

export const pt: HeadingLanguage = {
  tag: 'pt',
  chapter: ['capítulo', 'capitulo', 'cap.'],
  part: ['parte', 'livro'],
  weakChapter: ['dia'],
  named: ['prólogo', 'prologo', 'epílogo', 'epilogo', 'interlúdio', 'interludio'],
  numbers: {
    um: 1, uma: 1, dois: 2, duas: 2, 'três': 3, tres: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10,
    onze: 11, doze: 12, treze: 13, catorze: 14, quatorze: 14, quinze: 15, dezesseis: 16, dezessete: 17, dezoito: 18,
    dezenove: 19, vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50,
    primeiro: 1, primeira: 1, segundo: 2, segunda: 2, terceiro: 3, terceira: 3, quarto: 4, quarta: 4, quinto: 5, quinta: 5,
    sexto: 6, sexta: 6, 'sétimo': 7, 'sétima': 7, oitavo: 8, oitava: 8, nono: 9, nona: 9, 'décimo': 10, 'décima': 10,
  },
  joiners: ['e'],
  hundreds: ['cem', 'cento'],
};
