/**
 * Page navigation that archives print beside chapter headings, in several
 * languages. Never a chapter's title; used to refuse a title line.
 */
export const NAVIGATION_LINE = new RegExp(
  [
    '\\b(?:next|previous|prev|last|first)\\s+(?:chapter|part|page|episode)\\b',
    '^(?:index|table of contents|contents|return to story description)$',
    '\\bchapitre\\s+(?:suivant|précédent)\\b',
    '\\b(?:capítulo|capitulo)\\s+(?:anterior|siguiente)\\b',
    '\\b(?:próximo|siguiente)\\s+(?:capítulo|capitulo)\\b',
    '\\bcapitolo\\s+(?:precedente|successivo)\\b',
    '\\bkapitel\\s+(?:weiter|zurück)\\b',
    '前へ|次へ|目次',
    '다음\\s*화|이전\\s*화',
  ].join('|'),
  'iu',
);
