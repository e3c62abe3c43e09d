import type { HeadingLanguage } from './types.js';

/**
 * Amharic: `ምዕራፍ 1`, `ምዕራፍ አንድ`, `አንደኛ ምዕራፍ`, `ክፍል ሁለት`, `የደራሲው ማስታወሻ`.
 * The teens are two words (`አስራ አንድ`, eleven; `አስራ አንደኛ`, eleventh),
 * summed like `twenty one`. Ethiopic numerals (`ክፍል ፩`, `፲`) are read by numbers.ts.
 * Dates follow the Ethiopian calendar (`ቅዳሜ፣ ጥር 13 ቀን 2015 ዓ.ም`): its months are listed by their own order from
 * መስከረም, the short thirteenth with the twelfth, so a date line is known; their numbers are not the Gregorian months'.
 */
export const am: HeadingLanguage = {
  tag: 'am',
  names: ['amharic', 'አማርኛ', 'amharisch', 'amharique', 'amárico', 'амхарский'],
  chapter: ['ምዕራፍ', 'ምእራፍ'],
  calendar: {
    weekdays: ['ሰኞ', 'ማክሰኞ', 'ረቡዕ', 'ሐሙስ', 'ዓርብ', 'አርብ', 'ቅዳሜ', 'እሁድ', 'እሑድ'],
    months: [
      ['መስከረም'], ['ጥቅምት'], ['ኅዳር', 'ህዳር'], ['ታኅሣሥ', 'ታህሳስ'], ['ጥር'], ['የካቲት'], ['መጋቢት'], ['ሚያዝያ'], ['ግንቦት'], ['ሰኔ'], ['ሐምሌ', 'ሃምሌ'],
      ['ነሐሴ', 'ነሃሴ', 'ጳጉሜ', 'ጳጉሜን'],
    ],
    joiners: ['ቀን', 'ዓ.ም', 'ዓ.ም.'],
  },
  part: ['ክፍል'],
  endings: ['ይቀጥላል', 'ተፈጸመ', 'አበቃ', 'መጨረሻ'],
  named: ['መግቢያ', 'መቅድም', 'መደምደሚያ', 'ማጠቃለያ'],
  numbers: {
    'አንደኛ': 1, 'የመጀመሪያ': 1, 'የመጀመሪያው': 1, 'ሁለተኛ': 2, 'ሶስተኛ': 3, 'ሦስተኛ': 3, 'አራተኛ': 4, 'አምስተኛ': 5, 'ስድስተኛ': 6, 'ሰባተኛ': 7, 'ስምንተኛ': 8, 'ዘጠነኛ': 9, 'አስረኛ': 10, 'አሥረኛ': 10, 'ሃያኛ': 20, 'ሀያኛ': 20,
    'አንድ': 1, 'ሁለት': 2, 'ሶስት': 3, 'ሦስት': 3, 'አራት': 4, 'አምስት': 5, 'ስድስት': 6, 'ሰባት': 7, 'ስምንት': 8, 'ዘጠኝ': 9, 'አስር': 10, 'አሥር': 10,
    'አስራ': 10, 'አሥራ': 10, 'ሃያ': 20, 'ሀያ': 20, 'ሰላሳ': 30, 'ሠላሳ': 30,
  },
  notes: [
    { id: 'note-am-short', words: ['ማስታወሻ'], standalone: false },
    { id: 'note-am', words: ['የደራሲው ማስታወሻ', 'የደራሲዋ ማስታወሻ', 'የጸሐፊው ማስታወሻ', 'የፀሐፊው ማስታወሻ', 'ከደራሲው', 'ከደራሲዋ', 'ከጸሐፊው', 'ከፀሐፊው'], standalone: true },
  ],
  byLabels: ['ደራሲ', 'ጸሐፊ', 'ፀሐፊ'],
  fields: {
    title: ['ርዕስ'],
    author: ['ደራሲ', 'ጸሐፊ', 'ፀሐፊ'],
    description: ['ማጠቃለያ', 'አጭር መግለጫ'],
    language: ['ቋንቋ'],
    known: ['ዘውግ', 'ሁኔታ'],
  },
  contents: ['ማውጫ'],
  // A news site's lines under an article: its share row, its tags, related pieces, the comments' count.
  pageTail: [String.raw`ያጋሩ\s*[፦:].*`, String.raw`መለያዎች\s*[፦:].*`, String.raw`ተዛማጅ ጽሑፎች`, String.raw`\d+ አስተያየ(?:ት|ቶች)`, String.raw`አስተያየት ይስጡ`],
};
