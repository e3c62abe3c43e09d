import type { HeadingLanguage } from './types.js';

/**
 * Letters with a nukta (`ਸ਼`, `ਜ਼`, `ਖ਼`) are typed both as one character and as
 * the letter with `਼`, which Unicode normalisation makes of them: both are listed.
 */
const bothNukta = (words: string[]): string[] => [...new Set(words.flatMap((w) => [w, w.normalize('NFD'), w.normalize('NFC')]))];
const ORDINALS = ['ਪਹਿਲਾ', 'ਦੂਜਾ', 'ਤੀਜਾ', 'ਚੌਥਾ', 'ਪੰਜਵਾਂ', 'ਛੇਵਾਂ', 'ਸੱਤਵਾਂ', 'ਅੱਠਵਾਂ', 'ਨੌਵਾਂ', 'ਦਸਵਾਂ', 'ਗਿਆਰ੍ਹਵਾਂ', 'ਬਾਰ੍ਹਵਾਂ', 'ਤੇਰ੍ਹਵਾਂ', 'ਚੌਦ੍ਹਵਾਂ', 'ਪੰਦਰ੍ਹਵਾਂ', 'ਸੋਲ੍ਹਵਾਂ', 'ਸਤਾਰ੍ਹਵਾਂ', 'ਅਠਾਰ੍ਹਵਾਂ', 'ਉੱਨੀਵਾਂ', 'ਵੀਹਵਾਂ'];
const CARDINALS = ['ਇੱਕ', 'ਦੋ', 'ਤਿੰਨ', 'ਚਾਰ', 'ਪੰਜ', 'ਛੇ', 'ਸੱਤ', 'ਅੱਠ', 'ਨੌਂ', 'ਦਸ', 'ਗਿਆਰਾਂ', 'ਬਾਰਾਂ', 'ਤੇਰਾਂ', 'ਚੌਦਾਂ', 'ਪੰਦਰਾਂ', 'ਸੋਲਾਂ', 'ਸਤਾਰਾਂ', 'ਅਠਾਰਾਂ', 'ਉੱਨੀ', 'ਵੀਹ'];
/** `ਪਹਿਲਾ` → `ਪਹਿਲੀ`, `ਪੰਜਵਾਂ` → `ਪੰਜਵੀਂ`: the feminine, for `ਪਹਿਲੀ ਕਿਸ਼ਤ`. */
const feminine = (w: string): string => (w.endsWith('ਵਾਂ') ? `${w.slice(0, -3)}ਵੀਂ` : w.replace(/ਾ$/, 'ੀ'));

/** Punjabi in Gurmukhi: `ਕਾਂਡ ੧` (Gurmukhi digits, read by numbers.ts), `ਪਹਿਲਾ ਅਧਿਆਇ`, `ਕਿਸ਼ਤ ੩`, `ਭਾਗ ਦੂਜਾ`, `ਲੇਖਕ ਵੱਲੋਂ`. */
export const pa: HeadingLanguage = {
  tag: 'pa',
  names: ['punjabi', 'panjabi', 'ਪੰਜਾਬੀ', 'pendjabi', 'panyabí', 'пенджабский'],
  chapter: bothNukta(['ਕਾਂਡ', 'ਅਧਿਆਇ', 'ਅਧਿਆਏ', 'ਕਿਸ਼ਤ']),
  calendar: {
    weekdays: bothNukta(['ਸੋਮਵਾਰ', 'ਮੰਗਲਵਾਰ', 'ਬੁੱਧਵਾਰ', 'ਵੀਰਵਾਰ', 'ਸ਼ੁੱਕਰਵਾਰ', 'ਸ਼ਨਿੱਚਰਵਾਰ', 'ਸ਼ਨੀਵਾਰ', 'ਐਤਵਾਰ']),
    months: [['ਜਨਵਰੀ'], ['ਫ਼ਰਵਰੀ', 'ਫਰਵਰੀ'], ['ਮਾਰਚ'], ['ਅਪ੍ਰੈਲ', 'ਅਪਰੈਲ'], ['ਮਈ'], ['ਜੂਨ'], ['ਜੁਲਾਈ'], ['ਅਗਸਤ'], ['ਸਤੰਬਰ'], ['ਅਕਤੂਬਰ'], ['ਨਵੰਬਰ'], ['ਦਸੰਬਰ']].map(bothNukta),
  },
  part: ['ਭਾਗ', 'ਹਿੱਸਾ'],
  named: ['ਭੂਮਿਕਾ', 'ਪ੍ਰਸਤਾਵਨਾ', 'ਮੁੱਖਬੰਦ', 'ਉਪ-ਸੰਹਾਰ', 'ਉਪਸੰਹਾਰ'],
  numbers: Object.fromEntries([
    ...ORDINALS.flatMap((w, i) => [w, feminine(w)].map((v) => [v, i + 1] as [string, number])),
    ...CARDINALS.map((w, i) => [w, i + 1] as [string, number]),
    ['ਇਕ', 1], ['ਨੌ', 9],
  ]),
  notes: [
    { id: 'note-pa-short', words: ['ਨੋਟ'], standalone: false },
    { id: 'note-pa', words: ['ਲੇਖਕ ਵੱਲੋਂ', 'ਲੇਖਿਕਾ ਵੱਲੋਂ', 'ਲੇਖਕ ਦੀ ਟਿੱਪਣੀ', 'ਲੇਖਕ ਦਾ ਨੋਟ', 'ਲੇਖਕ ਦੇ ਬੋਲ'], standalone: true },
  ],
  byLabels: ['ਲੇਖਕ', 'ਲੇਖਿਕਾ'],
  fields: {
    title: ['ਸਿਰਲੇਖ'],
    author: ['ਲੇਖਕ', 'ਲੇਖਿਕਾ'],
    description: bothNukta(['ਸਾਰ', 'ਸਾਰਾਂਸ਼']),
    language: bothNukta(['ਭਾਸ਼ਾ', 'ਬੋਲੀ']),
    known: bothNukta(['ਵਿਧਾ', 'ਸ਼੍ਰੇਣੀ', 'ਸਥਿਤੀ']),
  },
  contents: ['ਤਤਕਰਾ', 'ਸੂਚੀ'],
};
