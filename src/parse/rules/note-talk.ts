/**
 * How much a paragraph reads like an author talking to readers rather than
 * like the story: used to decide whether an unlabelled paragraph after a
 * note label continues the note. Cue words are data, per language; a
 * paragraph scores by the kinds of cue it shows, not by one word.
 */

/** Words authors use about the writing and the readers, not about the story's world. */
const META_CUES: readonly RegExp[] = [
  // English
  /\b(?:thanks?|thank you|thx|ty)\b/i,
  /\b(?:reviews?|reviewers?|reviewing|kudos|comments?|commenting|feedback|concrit|flames?|subscribe[ds]?|upvotes?|votes?|follows?|favs?|faves?|favou?rites?|bookmarks?)\b/i,
  /\b(?:beta(?:'d|ed|ing|-ing|s|-read)?|unbeta'?d|mistakes?|typos?|proofread|edited)\b/i,
  /\b(?:disclaimer|i (?:do not|don'?t) own|own nothing|belongs? to|no profit|no money|copyright)\b/i,
  /\b(?:update[ds]?|updating|next (?:chapter|part|update|one)|last chapter|this chapter|this (?:fic|story|one-?shot)|fic|fanfic|one-?shot|drabble|prompt|challenge|exchange|headcanon|patreon|ao3|wattpad|hiatus|sequel|epilogue coming)\b/i,
  /\b(?:readers?|reading|enjoy(?:ed)?|hope you|let me know|pls|lol|omg|hehe|haha)\b/i,
  // German, French, Spanish, Portuguese, Italian
  /\b(?:danke|vielen dank|reviews?|kommentare?|lesen|fehler|kapitel|merci|chapitre|commentaires?|lecture|gracias|cap[ií]tulo|comentarios?|comentem|obrigad[ao]|leitura|favoritem|grazie|capitolo|recensit[oi]|seguite)\b/i,
  // Russian
  /(?:спасибо|глава|част[ьи]|отзыв|критик|читател|продолжени)/i,
  // Chinese, Japanese, Korean
  /(?:谢谢|感谢|更新|收藏|评论|留言|ありがとう|ブックマーク|評価|更新|감사|읽어|추천|선작|완결|댓글)/,
];

const FIRST_PERSON = /\b(?:i|i'm|i've|i'll|my|me)\b/i;
const EXCITED = /(?:!!|\?\?|:\)|:D|:P|\^_\^|<3|xD|\p{Extended_Pictographic})/u;
const DIALOGUE_START = /^["“„«»‹›'‘—–-]/;

export function noteTalkScore(text: string): number {
  const t = text.trim();
  if (t === '') return 0;
  let score = 0;
  for (const cue of META_CUES) if (cue.test(t)) score += 2;
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
