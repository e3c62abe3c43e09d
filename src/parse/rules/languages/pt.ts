import type { HeadingLanguage } from './types.js';

export const pt: HeadingLanguage = {
  tag: 'pt',
  names: ['portuguese', 'português', 'portugues', 'portugiesisch', 'portugais', 'portugués', 'portoghese', 'portugees', 'portugalski', 'португальский', 'португальська', '葡萄牙语', '葡萄牙語', 'ポルトガル語', '포르투갈어', 'portugis', 'portugisiska', 'portekizce', 'portugalština'],
  chapter: ['capítulo', 'capitulo', 'cap.'],
  part: ['parte', 'livro'],
  weakChapter: ['dia'],
  named: ['prólogo', 'prologo', 'epílogo', 'epilogo', 'interlúdio', 'interludio'],
  numbers: {
    zero: 0, um: 1, uma: 1, dois: 2, duas: 2, 'três': 3, tres: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10,
    onze: 11, doze: 12, treze: 13, catorze: 14, quatorze: 14, quinze: 15, dezesseis: 16, dezasseis: 16, dezessete: 17,
    dezassete: 17, dezoito: 18, dezenove: 19, dezanove: 19, vinte: 20, trinta: 30, quarenta: 40, cinquenta: 50,
    primeiro: 1, primeira: 1, segundo: 2, segunda: 2, terceiro: 3, terceira: 3, quarto: 4, quarta: 4, quinto: 5, quinta: 5,
    sexto: 6, sexta: 6, 'sétimo': 7, 'sétima': 7, oitavo: 8, oitava: 8, nono: 9, nona: 9, 'décimo': 10, 'décima': 10,
  },
  joiners: ['e'],
  multipliers: { cem: 100, cento: 100 },
  thousands: ['mil'],
  articles: ['um', 'uma'],
  totals: ['de'],
  notes: [
    { id: 'note-pt', pattern: /^(?:notas?|comentários?|comentarios?)\s+(?:do autor|da autora|do tradutor|da tradutora|iniciais)$/i, standalone: true },
    { id: 'note-pt', words: ['notas finais', 'nota final'], standalone: true, edge: 'end' },
    { id: 'note-pt-abbr', pattern: /^n\.?\s?(?:da|do)\s?[at]\.?$/i, standalone: false },
    { id: 'note-pt-short', words: ['notinha'], standalone: false },
  ],
  headerNotes: ['notas? d[oa] autora?'],
  byLines: ['por', 'escrito por', 'escrita por'],
  posted: { verbs: ['publicado', 'postado'], on: ['em'], by: ['por'], at: ['às', 'em'] },
  fields: {
    title: ['título', 'titulo'],
    author: ['autor', 'autora'],
    description: ['sinopse', 'resumo'],
    language: ['idioma', 'língua'],
    known: ['gênero', 'gêneros', 'classificação', 'palavras', 'capítulos', 'postado', 'atualizado', 'categorias', 'personagens', 'visualizações', 'favoritos', 'comentários', 'avisos', 'status'],
  },
  navigation: [String.raw`\b(?:próximo|anterior)\s+(?:capítulo|capitulo)\b`],
};
