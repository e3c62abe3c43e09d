import type { HeadingLanguage } from './types.js';

/** Asturian: `Capítulu primeru`, `Capítulu 2`, `Segunda parte`, `Nota de l'autora`, `Autora: …`, `Publicáu: …`. */
export const ast: HeadingLanguage = {
  tag: 'ast',
  names: ['asturian', 'asturianu', 'asturiano', 'bable', 'asturien', 'asturisch'],
  chapter: ['capítulu', 'capitulu'],
  part: ['parte', 'llibru'],
  named: ['prólogu', 'prologu', 'epílogu', 'epilogu'],
  // Masculine ordinals end in `-u`; the feminine and cardinal words are Spanish ones, read there.
  numbers: {
    primeru: 1, segundu: 2, terceru: 3, cuartu: 4, quintu: 5, sestu: 6, 'séptimu': 7, septimu: 7, octavu: 8, novenu: 9,
    'décimu': 10, decimu: 10,
  },
  notes: [
    { id: 'note-ast', pattern: /^notes?\s+(?:de l'autora|de l'autor|de la autora|del autor|finales)$/i, standalone: true },
  ],
  byLines: ['por', 'escritu por', 'escrita por'],
  fields: {
    title: ['títulu', 'titulu'],
    author: ['autor', 'autora'],
    description: ['resume', 'sinopsis'],
    language: ['llingua', 'idioma'],
    known: ['publicáu', 'publicau', 'xéneru', 'xeneru', 'pallabres', 'capítulos', 'estáu'],
  },
};
