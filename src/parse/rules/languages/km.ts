import type { HeadingLanguage } from './types.js';

const CARDINALS = ['មួយ', 'ពីរ', 'បី', 'បួន', 'ប្រាំ', 'ប្រាំមួយ', 'ប្រាំពីរ', 'ប្រាំបី', 'ប្រាំបួន', 'ដប់', 'ដប់មួយ', 'ដប់ពីរ', 'ដប់បី', 'ដប់បួន', 'ដប់ប្រាំ', 'ដប់ប្រាំមួយ', 'ដប់ប្រាំពីរ', 'ដប់ប្រាំបី', 'ដប់ប្រាំបួន', 'ម្ភៃ'];

/**
 * Khmer: `ជំពូកទី១` (Khmer digits, read by numbers.ts; `ទី` makes the number an
 * ordinal and is written on the label or on the number), `ជំពូកទីមួយ`,
 * `ភាគទី ៣` (an episode of a serial is its chapter), `ផ្នែកទី ២`, `ពាក្យពីអ្នកនិពន្ធ`.
 */
export const km: HeadingLanguage = {
  tag: 'km',
  names: ['khmer', 'cambodian', 'ខ្មែរ', 'ភាសាខ្មែរ', 'кхмерский', 'jemer'],
  chapter: ['ជំពូក', 'ជំពូកទី', 'ភាគ', 'ភាគទី', 'វគ្គ', 'វគ្គទី'],
  calendar: {
    weekdays: ['ថ្ងៃច័ន្ទ', 'ថ្ងៃអង្គារ', 'ថ្ងៃពុធ', 'ថ្ងៃព្រហស្បតិ៍', 'ថ្ងៃសុក្រ', 'ថ្ងៃសៅរ៍', 'ថ្ងៃអាទិត្យ'],
    months: [['មករា'], ['កុម្ភៈ'], ['មីនា'], ['មេសា'], ['ឧសភា'], ['មិថុនា'], ['កក្កដា'], ['សីហា'], ['កញ្ញា'], ['តុលា'], ['វិច្ឆិកា'], ['ធ្នូ']],
  },
  part: ['ផ្នែក', 'ផ្នែកទី'],
  named: ['អារម្ភកថា', 'បុព្វកថា', 'បច្ឆិមកថា', 'សេចក្តីផ្តើម', 'សេចក្ដីផ្ដើម'],
  numbers: Object.fromEntries(CARDINALS.flatMap((w, i) => [[w, i + 1], [`ទី${w}`, i + 1]] as [string, number][])),
  notes: [
    { id: 'note-km-short', words: ['កំណត់សម្គាល់'], standalone: false },
    { id: 'note-km', words: ['ពាក្យពីអ្នកនិពន្ធ', 'សារពីអ្នកនិពន្ធ', 'កំណត់សម្គាល់អ្នកនិពន្ធ', 'កំណត់ចំណាំអ្នកនិពន្ធ'], standalone: true },
  ],
  byLabels: ['អ្នកនិពន្ធ', 'និពន្ធដោយ'],
  fields: {
    title: ['ចំណងជើង'],
    author: ['អ្នកនិពន្ធ', 'និពន្ធដោយ'],
    description: ['សេចក្តីសង្ខេប', 'សេចក្ដីសង្ខេប', 'សង្ខេប'],
    language: ['ភាសា'],
    known: ['ប្រភេទ', 'ស្ថានភាព'],
  },
  contents: ['មាតិកា'],
};
