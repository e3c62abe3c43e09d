/**
 * How much a paragraph reads like an author talking to readers rather than
 * like the story: used to decide whether an unlabelled paragraph after a
 * note label continues the note. Cue words are data, per language; a
 * paragraph scores by the kinds of cue it shows, not by one word.
 */

/**
 * Words authors use about the writing and the readers, not about the
 * story's world, with a weight: 2 for words prose rarely needs (`kudos`,
 * `unbeta'd`, `danke fürs Lesen`), 1 for words a story may also use
 * (`reading`, `enjoy`).
 */
const META_CUES: readonly { re: RegExp; weight: number }[] = [
  // English
  { re: /\b(?:thanks|thank you|thx|ty)\b/i, weight: 2 },
  // (A flame in a story is fire: only the critic's `no flames`, `flames will be used…` and flamers are the author's.)
  { re: /\b(?:reviews?|reviewers?|reviewing|kudos|comments?|commenting|feedback|concrit|no flam(?:es|ing)|flames? (?:will|are|is) |flamers?|subscribe[ds]?|upvotes?|follows?|favs?|faves?|favou?rites?|bookmarks?)\b/i, weight: 2 },
  { re: /\b(?:beta(?:'d|ed|ing|-ing|s|-read)?|unbeta'?d|mistakes are (?:my|all)|typos?|proofread)\b/i, weight: 2 },
  { re: /\b(?:disclaimer|i (?:do not|don'?t) own|own nothing|no profit|no money (?:is|was) (?:being )?made|copyright)\b/i, weight: 2 },
  // A disclaimer said in other words, and the archiving terms of a posting: `All characters except Kestrel belong to
  // Terry Pratchett`, `please don't archive it anywhere without asking`.
  { re: /\bcharacters\b[^.;!?]{0,40}\bbelong(?:s|ed)? to\b|\b(?:(?:don'?t|do not|please|may)\s+archive|archiv(?:e|ing) (?:it|this)|archive (?:ok|yes|no)\b)/i, weight: 2 },
  { re: /\b(?:next (?:chapter|part|update)|last chapter|this chapter|this (?:fic|story|one-?shot)|fanfic|one-?shot|drabble|prompt|headcanon|patreon|ao3|wattpad|hiatus|update schedule)\b/i, weight: 2 },
  { re: /\b(?:pls|lol|omg|hehe|haha|tbh|irl)\b/i, weight: 2 },
  { re: /\b(?:readers?|reading|enjoy(?:ed)?|hope you|let me know|updates?|fic)\b/i, weight: 1 },
  // German, French, Spanish, Portuguese, Italian
  { re: /\b(?:danke|vielen dank|reviews?|kommentare?|merci|commentaires?|gracias|comentarios?|comentem|obrigad[ao]|favoritem|grazie|recensit[oi]|seguite)\b/i, weight: 2 },
  { re: /\b(?:(?:dieses|nächste|letzte)[ns]? kapitel|(?:ce|prochain|dernier) chapitre|(?:este|próximo|proximo|siguiente|último) cap[ií]tulo|(?:questo|prossimo) capitolo|boa leitura|buena lectura|bonne lecture|viel spaß beim lesen)\b/i, weight: 2 },
  { re: /\b(?:lesen|lecture|leitura|lectura|lettura|fehler)\b/i, weight: 1 },
  // Russian
  { re: /(?:спасибо|отзыв|критик|следующ\S* (?:глав|част)|эт(?:а|ой|у) (?:глав|част))/i, weight: 2 },
  { re: /(?:читател|продолжени)/i, weight: 1 },
  // Chinese, Japanese, Korean
  { re: /(?:谢谢|感谢|收藏|评论|留言|更新|ありがとう|ブックマーク|評価|更新|감사|선작|추천|댓글|완결)/, weight: 2 },
  // Writing, posting and reading the piece: `한 번에 썼어요`, `편하게 읽어 주세요`, `読んでください`, `投稿します`.
  { re: /(?:읽어\s?주|읽어|썼어요|썼습니다|올려요|올립니다|読んで|書きました|投稿|看文|写文)/, weight: 1 },
  // Asking the reader for something: `…주세요`, `…ください`, `请多…`.
  { re: /(?:주세요|주시면|ください|下さい|请多|請多)/, weight: 1 },
];

const FIRST_PERSON = /\b(?:i|i'm|i've|i'll|my|me)\b/i;
const EXCITED = /(?:!!|\?\?|:\)|:D|:P|\^_\^|<3|xD|\p{Extended_Pictographic})/u;
const DIALOGUE_START = /^["“„«»‹›'‘—–-]/;

export function noteTalkScore(text: string): number {
  const t = text.trim();
  if (t === '') return 0;
  let score = 0;
  for (const cue of META_CUES) if (cue.re.test(t)) score += cue.weight;
  if (FIRST_PERSON.test(t) && EXCITED.test(t)) score += 1;
  if (/^\(.*\)$/s.test(t)) score += 1;
  if (DIALOGUE_START.test(t)) score -= 3;
  const words = t.split(/\s+/).length;
  if (words > 80) score -= 2;
  return score;
}

/** Score a paragraph must reach to continue a note with nothing closing the note below it. */
export const NOTE_TALK_ALONE = 2;
/** Score enough when a closing separator follows within a few paragraphs. */
export const NOTE_TALK_FENCED = 1;
