import type { HeadingLanguage } from './types.js';

/**
 * Tigrinya: `ክፋል 1`, `ክፋል ፩` (Ethiopic numerals, read by numbers.ts), `ምዕራፍ ሓደ`, `ቀዳማይ ክፋል`,
 * a writer's word `ካብ ጸሓፊት:` (from the writer), `ይቕጽል...` (to be continued), `መወዳእታ` (the end).
 * A story's header names it `ዛንታ:` (story) and its writer `ጸሓፊ:` / `ጸሓፊት:` (a woman).
 */
export const ti: HeadingLanguage = {
  tag: 'ti',
  names: ['tigrinya', 'ትግርኛ', 'tigrinisch', 'tigrigna', 'tigriña', 'тигринья'],
  chapter: ['ክፋል', 'ምዕራፍ'],
  calendar: { weekdays: ['ሰኑይ', 'ሰሉስ', 'ረቡዕ', 'ሓሙስ', 'ዓርቢ', 'ቀዳም', 'ሰንበት'] },
  part: [],
  endings: ['ይቕጽል', 'መወዳእታ', 'ተወዲኡ'],
  named: ['መእተዊ', 'መቕድም', 'መደምደምታ'],
  numbers: {
    'ቀዳማይ': 1, 'ቀዳመይቲ': 1, 'ካልኣይ': 2, 'ካልአይ': 2, 'ሳልሳይ': 3, 'ራብዓይ': 4, 'ሓምሻይ': 5, 'ሻድሻይ': 6, 'ሻብዓይ': 7, 'ሻምናይ': 8, 'ታሽዓይ': 9, 'ዓስራይ': 10,
  },
  // Counting words are words of prose too (`ሓደ መዓልቲ`, one day): read only after a Tigrinya label.
  localNumbers: { 'ሓደ': 1, 'ክልተ': 2, 'ሰለስተ': 3, 'ኣርባዕተ': 4, 'ሓሙሽተ': 5, 'ሽዱሽተ': 6, 'ሸውዓተ': 7, 'ሸሞንተ': 8, 'ትሽዓተ': 9, 'ዓሰርተ': 10 },
  notes: [
    { id: 'note-ti-short', words: ['ማስታወሻ'], standalone: false },
    { id: 'note-ti', words: ['ካብ ጸሓፊት', 'ካብ ጸሓፊ', 'ካብ ደራሲ', 'ካብ ደራሲት', 'መዘኻኸሪ ጸሓፊ', 'ሓሳብ ጸሓፊ'], standalone: true },
  ],
  byLabels: ['ጸሓፊ', 'ጸሓፊት', 'ደራሲ', 'ደራሲት'],
  fields: {
    title: ['ዛንታ', 'ኣርእስቲ', 'ርእሲ'],
    author: ['ጸሓፊ', 'ጸሓፊት', 'ደራሲ', 'ደራሲት'],
    description: ['ትሕዝቶ', 'ሓጺር መግለጺ'],
    language: ['ቋንቋ'],
    known: ['ዓይነት', 'ኩነታት'],
  },
};
