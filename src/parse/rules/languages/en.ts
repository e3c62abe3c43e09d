import type { HeadingLanguage } from './types.js';

export const en: HeadingLanguage = {
  tag: 'en',
  chapter: ['chapter', 'chap.', 'chap', 'ch.', 'ch', 'stave', 'letter', 'episode', 'canto'],
  part: ['part', 'book', 'volume', 'vol.', 'arc'],
  weakChapter: ['day', 'entry', 'round', 'act'],
  named: ['prologue', 'epilogue', 'interlude', 'intermission', 'afterword', 'postscript', 'coda', 'omake', 'side story', 'bonus chapter', 'extra'],
  numbers: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
    ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
    seventeen: 17, eighteen: 18, nineteen: 19,
    first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
    tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
    sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
    twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
    twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
  },
  joiners: ['and'],
  hundreds: ['hundred', 'hundredth'],
};
