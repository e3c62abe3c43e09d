import type { HeadingLanguage } from './types.js';

/** `Author's Note`, and Webnovel's `Author's Thoughts`. */
const AUTHOR = String.raw`(?:author|writer)(?:['’]?s|s['’])?\s*(?:notes?|note\s*\(cont(?:inued|\.)?\)|thoughts)`;

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** `Chapter the First`, `PART THE SECOND`, `Book the Twenty-Third`: how older books number their divisions. */
function theOrdinals(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [w, n] of Object.entries(ORDINALS)) {
    out[`the ${w}`] = n;
    if (n < 10) for (const [t, tn] of Object.entries(TENS)) out[`the ${t}-${w}`] = tn + n;
  }
  return out;
}

export const en: HeadingLanguage = {
  tag: 'en',
  postAge: [String.raw`(?:an?|\d{1,3})\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|mos|months?|y|yrs?|years?)\.?\s+ago`],
  audience: ['public', 'friends', 'only me', 'all employees', 'everyone', 'to everyone'],
  moreBy: ['more by', 'more from', 'more stories by', 'other works by', 'more works by'],
  comments: ['comments', 'responses', 'replies', 'discussion'],
  names: ['english', 'englisch', 'anglais', 'inglés', 'ingles', 'inglese', 'inglês', 'engels', 'angielski', 'английский', 'англійська', '英语', '英語', '英文', '영어', 'inggris', 'engelska', 'ingilizce', 'angličtina'],
  chapter: ['chapter', 'chap.', 'chap', 'ch.', 'ch', 'stave', 'letter', 'episode', 'ep.', 'ep', 'canto'],
  // (WordPress's widgets under a post: print button, star rating, comment form.)
  pageTail: [String.raw`create your own google form`, String.raw`does this form look suspicious\?.*`, String.raw`rate this (?:content|story|chapter)`, String.raw`print friendly, pdf & email.*`, String.raw`.{0,40}\(\d+ votes?, average: [\d.]+ out of \d+\)`, String.raw`your email address will not be published\..*`, String.raw`\d+ comments?\s*:?(?:\s*[|·•].*)?`, String.raw`no comments\s*:?`, String.raw`labels\s*:\s*\S.*`, String.raw`posted by \S.{0,40} at \d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?`, String.raw`(?:newer|older) posts?(?:\s+.*)?`, String.raw`email this\s*.*blogthis.*`, String.raw`created by @[\w.]{2,30}`, String.raw`read more stories like this\s*:?`],
  calendar: {
    weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
    months: [['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'], ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec']],
    leads: ['entry for', 'diary entry', 'journal entry', 'dear diary', 'entry', 'the'],
    joiners: ['of', 'the'],
    clock: ['at', 'around', 'about'],
  },
  part: ['part', 'book', 'volume', 'vol.', 'arc', 'act'],
  weakChapter: ['day', 'night', 'entry', 'round', 'scene'],
  genres: ['novel', 'novella', 'novelette', 'short story', 'a short story', 'story', 'a story', 'tale', 'a tale', 'fable', 'a fable', 'poem', 'a poem', 'play', 'a play', 'a novel', 'a novella', 'drabble', 'one-shot', 'oneshot', 'ficlet'],
  lastPart: ['end', 'the end', 'final', 'last', 'last part', 'conclusion', 'complete'],
  blogOwner: ["{name}'s blog", "{name}'s journal", "{name}'s diary", "{name}'s weblog"],
  creating: ['{name} is creating {work}', 'is creating {work}'],
  continued: ['to be continued', 'continued', 'to be concluded', 'concluded'],
  upcoming: ['next', 'tomorrow', 'coming', 'soon', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  rubrics: ['our serial', 'serial story', 'the serial', 'serial'],
  reprint: ['reprint forbidden', 'reproduction forbidden', 'reproduction prohibited', 'all rights of reproduction reserved'],
  named: ['prologue', 'epilogue', 'interlude', 'intermission', 'afterword', 'postscript', 'coda', 'omake', 'side story', 'bonus chapter', 'extra'],
  numbers: {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
    ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
    seventeen: 17, eighteen: 18, nineteen: 19,
    ...ORDINALS,
    ...TENS,
  },
  localNumbers: theOrdinals(),
  joiners: ['and'],
  multipliers: { hundred: 100, hundredth: 100 },
  thousands: ['thousand', 'thousandth'],
  articles: ['a', 'an', 'one'],
  joiningWords: ['of', 'and', 'for', 'to', 'in', 'on', 'at', 'with', 'from', 'about', 'after', 'before', 'or', 'under', 'into'],
  definiteArticles: ['the'],
  totals: ['of'],
  notes: [
    // A serial's story-so-far box over an installment.
    { id: 'note-recap', words: ['the story so far', 'story so far', 'synopsis of previous chapters', 'synopsis of preceding chapters', 'what has gone before', 'what went before'], standalone: true, edge: 'start' },
    // Archive of Our Own section titles.
    { id: 'note-ao3-chapter-end', pattern: /^chapter end notes?$/i, scope: 'chapterEnd', standalone: true, edge: 'end' },
    { id: 'note-ao3-chapter', pattern: /^chapter (?:notes?|summary)$/i, scope: 'chapterStart', standalone: true, edge: 'start' },
    // eFiction archives (HPFandom, Sugarquill, Portkey and their kin): notes above a chapter.
    // eFiction's `Author's Chapter Notes`, Booksie's `Author Chapter Note`.
    { id: 'note-efiction-chapter', pattern: /^author(?:['’]?s)? chapter notes?$/i, scope: 'chapterStart', standalone: true, edge: 'start' },
    // eFiction's notes of the whole story, over its chapter list.
    { id: 'note-efiction-story', pattern: /^story notes?$/i, scope: 'storyStart', standalone: true, edge: 'start' },
    { id: 'note-ao3-end', pattern: /^end notes?$/i, scope: 'storyEnd', standalone: true, edge: 'end' },
    // FanFicFare's labels for the site notes it gathers (notelabel_chaptersummary, notelabel_chapterheadnotes/footnotes).
    { id: 'note-fanficfare', pattern: /^(?:summary|notes) for the chapter$/i, standalone: true },
    { id: 'note-author', pattern: new RegExp(`^${AUTHOR}$`, 'i'), standalone: true },
    { id: 'note-an', pattern: /^(?:a\/n|a\.\s?n\.?|an|t\/n|n\/a|n\.a\.|ooc)$/i, standalone: false },
    // Nota bene, as Nigerian and Indian serials sign off an installment: `NB: Episode 6 go drop Monday`.
    { id: 'note-nb', pattern: /^(?:nb|n\.b\.?)$/i, standalone: false },
    { id: 'note-author-from', pattern: /^(?:(?:a|an|one)\s)?(?:(?:brief|quick|short|little|small)\s)?(?:note|word|message)s? (?:from (?:the )?(?:author|writer|\S.{0,40})|before (?:we|you) (?:begin|start|read)(?: \S.{0,20})?)$/i, standalone: true },
    // Commaful's and Tumblr's `From the author: …`.
    { id: 'note-author-from', pattern: /^from the (?:author|writer)$/i, standalone: false },
    { id: 'note-disclaimer', words: ['disclaimer', 'disclaimers', 'dislaimer'], standalone: true },
    // The writer's thanks in a paragraph of their own (`Acknowledgments: thank you to …`); alone on a line it heads a front section.
    { id: 'note-thanks', words: ['acknowledgments', 'acknowledgements', 'acknowledgment', 'acknowledgement'], standalone: false },
    // `Afterword: yes, the river is made up.`: the name of a closing chapter, with the author's words after it on its line.
    { id: 'note-afterword', words: ['afterword'], standalone: false, edge: 'end' },
    // Tapas and Webnovel label the writer's box under an episode.
    { id: 'note-creator', words: ["creator's note", 'creator’s note', "creator's thoughts", 'creator’s thoughts'], standalone: true },
    // (Anyone's note after a possessive: `Screiver's note`, `Granny's notes`, as writers name themselves.)
    { id: 'note-other', pattern: /^(?:(?:translator|transcriber|editor|beta|creator|admin|mod)['’]?s?\s*notes?|[\p{L}-]{2,20}['’]s\s+notes?|notes?|note (?:to|for) (?:self|(?:my |the |all )?(?:beta )?readers?|betas?|(?:the )?(?:cast|actors?|performers?|director))|(?:tl|t\/l|ed|pr)\.?\s?notes?|tln|end note|(?:pre|post)[- ]chapter notes?)$/iu, standalone: false },
    { id: 'note-ao3', words: ['notes'], standalone: true },
    // A web post's own later note: `Edit:`, `Edit 2:`, `EDIT #3:`, `ETA:` (edited to add) on Reddit, Quora, forums.
    { id: 'note-edit', pattern: /^(?:edit|eta)(?:\s?#?\d{1,2})?$/i, standalone: false },
    // A serial's recap over an installment: `Previously on The Salt Road: …`, `Last time: …`.
    { id: 'note-recap', pattern: /^(?:previously(?: on \S.{0,40})?|last time(?: on \S.{0,40})?|recap|(?:the )?story so far)$/i, standalone: false, edge: 'start' },
  ],
  headerNotes: ['foreword'],
  titled: ['called', 'titled', 'entitled', 'named'],
  byLines: ['by', 'written by', 'a story by', 'story by', 'told by', 'written and directed by', 'screenplay by'],
  answered: ['answered', 'updated', 'originally answered'],
  posted: { verbs: ['posted', 'submitted', 'shared publicly'], on: ['on'], by: ['by'], at: ['at', 'on', 'in'] },
  bareLabels: ['Thread starter', 'Start date', 'Tags', 'Updated', 'Published', 'First Published', 'Last Modified'],
  fields: {
    title: ['title', 'story title', 'working title', 'story', 'category archives', 'title of your story', 'title of the story', 'title of your entry', 'title of your piece'],
    subtitle: ['subtitle'],
    author: ['author', 'authors', 'written by', 'writer', 'by', 'penname', 'pen name', 'your name', "author's name", 'author name', 'full name'],
    description: ['summary', 'description', 'blurb', 'synopsis', 'book summary', 'story summary'],
    language: ['language'],
    // (Not `Class:` or `Level:`: a game's status screen writes them so.)
    school: ['teacher', 'homeroom', 'instructor'],
    known: [
      'rating', 'rated', 'fandom', 'fandoms', 'category', 'categories', 'genre', 'genres', 'character', 'characters',
      'pairing', 'pairings', 'relationship', 'relationships', 'warning', 'warnings', 'archive warning', 'archive warnings',
      'tags', 'additional tags', 'series', 'status', 'stats', 'published', 'updated', 'completed', 'words', 'word count',
      'chapters', 'kudos', 'bookmarks', 'hits', 'comments', 'beta', 'beta reader', 'beta reader(s)', 'spoilers', 'timeline',
      'setting', 'crossover', 'source', 'url', 'link', 'story link', 'posted', 'date', 'collections', 'release date',
      'posting date', 'produced by', 'credits', 'cover art', 'universe', 'prompt', 'prompts', 'length', 'content warnings',
      'content warning', 'trigger warning', 'trigger warnings', 'cw', 'tw', 'content notes', 'content note',
      'email', 'e-mail', 'archive', 'format', 'keywords', 'goal', 'created', 'last edited', 'current mood', 'current music',
      'thread starter', 'start date', 'first published', 'last modified', 'complete', 'recs', 'reviews', 'favs', 'follows',
      'license', 'licence', 'editor', 'editors', 'assistant editor', 'managing editor', 'publisher', 'distribution', 'translator',
      'translated by', 'illustrator', 'illustrations',
    ],
  },
  pov: { words: ['pov', 'p.o.v.', 'p.o.v', 'point of view'] },
  navigation: [
    String.raw`\b(?:next|previous|prev|last|first)\s+(?:chapter|part|page|episode)\b`,
    '^(?:index|table of contents|contents|return to story description)$',
  ],
  contents: ["contents", "table of contents", "chapters", "chapter index", "chapter list", "list of illustrations", "illustrations", "topics in this digest", "blog entries", "blog posts", "recent posts", "recent entries", "catalog", "catalogue"],
  editionSections: ["colophon", "imprint", "uncopyright", "licence", "license", "copyright", "copyright page", "copyright notice", "legal notice", "about this edition", "about this ebook", "about this e-book", "about this digital edition", "about the publisher"],
  readMore: ['keep reading', 'continue reading', 'read more', 'read the rest of this entry'],
  related: ['related', 'related posts', 'related articles', 'related stories', 'read also', 'read next', 'also read', 'you may also like', 'you might also like', 'recommended for you', 'more to read'],
  earlierParts: ['start here', 'part one here', 'part 1 here', 'read part one here', 'read part 1 here', 'previous part', 'previous parts', 'catch up here', 'missed part one? read it here', 'missed part 1? read it here', 'begin here'],
  account: ['about me', 'about', 'archive', 'archives', 'contact', 'contact me', 'read now', 'start reading'],
  wiki: { edit: ['edit', 'edit source'], jump: ['jump to navigation search', 'jump to navigation', 'jump to search', 'jump to content'] },
};
