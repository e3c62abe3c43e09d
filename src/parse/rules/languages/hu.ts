import type { HeadingLanguage } from './types.js';

/** Hungarian writes the number first: `1. fejezet`, `Első fejezet`, `III. rész`, `(Anna szemszöge)`. */
export const hu: HeadingLanguage = {
  tag: 'hu',
  comments: ['hozzászólások'],
  names: ['hungarian', 'magyar', 'ungarisch', 'hongrois', 'húngaro', 'ungherese'],
  chapter: ['fejezet'],
  calendar: {
    weekdays: ['hétfő', 'kedd', 'szerda', 'csütörtök', 'péntek', 'szombat', 'vasárnap'],
    months: [['január', 'jan'], ['február', 'febr'], ['március', 'márc'], ['április', 'ápr'], ['május', 'máj'], ['június', 'jún'], ['július', 'júl'], ['augusztus', 'aug'], ['szeptember', 'szept'], ['október', 'okt'], ['november', 'nov'], ['december', 'dec']],
    leads: ['kedves naplóm', 'kedves napló'],
  },
  part: ['rész', 'könyv'],
  numberFirst: { chapter: ['fejezet'], part: ['rész', 'könyv'] },
  genres: ['novella', 'regény', 'elbeszélés', 'kisregény', 'mese'],
  endings: ['vége', 'folytatása következik'],
  continued: ['folytatjuk', 'folytatása következik'],
  named: ['prológus', 'epilógus', 'utószó', 'közjáték'],
  front: ['előszó'],
  numbers: {
    'első': 1, 'második': 2, 'harmadik': 3, 'negyedik': 4, 'ötödik': 5, 'hatodik': 6, 'hetedik': 7, 'nyolcadik': 8, 'kilencedik': 9,
    'tizedik': 10, 'tizenegyedik': 11, 'tizenkettedik': 12, 'tizenharmadik': 13, 'tizennegyedik': 14, 'tizenötödik': 15,
    'tizenhatodik': 16, 'tizenhetedik': 17, 'tizennyolcadik': 18, 'tizenkilencedik': 19, 'huszadik': 20, 'harmincadik': 30,
  },
  localNumbers: { 'egy': 1, 'kettő': 2, 'két': 2, 'három': 3, 'négy': 4, 'öt': 5, 'hat': 6, 'hét': 7, 'nyolc': 8, 'kilenc': 9, 'tíz': 10 },
  articles: ['egy', 'a', 'az'],
  headerNotes: ['előszó'],
  notes: [
    { id: 'note-hu', words: ['szerzői megjegyzés', 'a szerző megjegyzése', 'szerző megjegyzése', 'írói megjegyzés', 'megjegyzés', 'megjegyzések', 'a szerzőtől'], standalone: true },
    // A blog post's word before and after its text (`Előszó: ez egy kétrészes novella…`, `Utóirat: …`); a line that is only `Előszó` heads a preface.
    { id: 'note-hu-frame', words: ['előszó'], standalone: false, edge: 'start' },
    { id: 'note-hu-frame', words: ['utószó'], standalone: false, edge: 'end' },
    { id: 'note-hu-frame', words: ['utóirat', 'ui'], standalone: true, edge: 'end' },
  ],
  byLines: ['írta'],
  fields: {
    title: ['cím'],
    author: ['szerző', 'író', 'írta'],
    description: ['összefoglaló', 'leírás', 'tartalom', 'ismertető'],
    language: ['nyelv'],
    known: ['műfaj', 'korhatár', 'figyelmeztetés', 'figyelmeztetések', 'szereplők', 'párosítás', 'státusz', 'állapot', 'fejezetek', 'szavak', 'fandom'],
  },
  pov: { words: ['szemszöge', 'szemszögéből', 'szemszög'] },
  navigation: [String.raw`(?:előző|következő)\s+fejezet`],
  // blog.hu's post footer: its tags, the comment link with the share buttons after it, the comments' label.
  pageTail: [String.raw`címkék\s*:\s*\S.*`, String.raw`(?:szólj hozzá!?|\d+ komment)(?:\s{2,}.*)?`, String.raw`kommentek\s*:?`],
  contents: ['tartalomjegyzék'],
  readMore: ['tovább olvasom', 'bővebben'],
};
