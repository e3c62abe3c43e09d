import type { HeadingLanguage } from './types.js';

/**
 * Odia (ଓଡ଼ିଆ): `ଅଧ୍ୟାୟ ୧` (chapter 1), `ଭାଗ ୨` (part 2), Odia digits; a contest's form asks for the story's title
 * (`ଗଳ୍ପର ଶିରୋନାମା`), the writer's name and a summary (`ସାରାଂଶ`).
 */
export const or: HeadingLanguage = {
  tag: 'or',
  names: ['odia', 'oriya', 'ଓଡ଼ିଆ'],
  chapter: ['ଅଧ୍ୟାୟ', 'ପରିଚ୍ଛେଦ'],
  part: ['ଭାଗ', 'ଖଣ୍ଡ'],
  endings: ['ସମାପ୍ତ', 'ଶେଷ'],
  named: ['ଉପକ୍ରମଣିକା', 'ଉପସଂହାର'],
  numbers: { ପ୍ରଥମ: 1, ଦ୍ୱିତୀୟ: 2, ତୃତୀୟ: 3, ଚତୁର୍ଥ: 4, ପଞ୍ଚମ: 5 },
  notes: [{ id: 'note-or', words: ['ଲେଖକଙ୍କ କଥା', 'ଲେଖିକାଙ୍କ କଥା', 'ଟିପ୍ପଣୀ'], standalone: true }],
  fields: {
    title: ['ଶିରୋନାମା', 'ଗଳ୍ପର ଶିରୋନାମା', 'ଗଳ୍ପର ନାମ'],
    author: ['ଲେଖକ', 'ଲେଖିକା', 'ଲେଖକଙ୍କ ନାମ', 'ପ୍ରତିଯୋଗୀଙ୍କ ନାମ'],
    description: ['ସାରାଂଶ', 'ଗଳ୍ପର ସାରାଂଶ'],
    language: ['ଭାଷା'],
  },
};
