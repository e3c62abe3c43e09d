import { isOnlyDecoration, undecorate } from './decoration.js';

/**
 * Scene-break, POV and ornament lines. Each rule has an id (used in
 * diagnostics) and examples that the tests run.
 */

/** Words that name a scene break when written out (`-LINE BREAK-`, `(scene break)`). */
const WRITTEN_BREAK = /^[([{]?\s*(?:line|scene|page|time|section)[\s-]?(?:break|skip|change|shift)\s*[)\]}]?$/i;

/** `xXx`, `oOo`, `-o-o-`, `XXX`: letter ornaments that fan fiction sites let through. */
function isLetterBreak(trimmed: string): boolean {
  if (trimmed.length > 40) return false;
  const letters = trimmed.replace(/[-~*=_+\s]/g, '');
  if (letters.length < 2 || !/^[xXoO0]+$/.test(letters)) return false;
  const separated = letters.length !== trimmed.length;
  const mixedCase = /[xo]/.test(letters) && /[XO]/.test(letters);
  return separated || mixedCase || /^X{3,}$/.test(letters);
}

export const SCENE_BREAK_EXAMPLES = ['* * *', '***', '#', '~*~', 'xXx', 'oOo', '-o-o-', '-----', '— — —', 'XXX', '*    *    *    *', '-LINE BREAK-'];

export function isSceneBreak(trimmed: string): boolean {
  if (trimmed === '' || /^[.…\s]+$/.test(trimmed)) return false;
  if (isOnlyDecoration(trimmed)) return true;
  return isLetterBreak(trimmed) || WRITTEN_BREAK.test(undecorate(trimmed).inner);
}

const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|and|&|of|the|von|van|de)$/u;

/** 1–4 capitalised words and nothing that ends a sentence: `Spike`, `Princess Luna`, `Twilight & Spike`. */
export function isNameLike(text: string): boolean {
  if (text.length > 40 || /[?!,;:"“”()[\]]/.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > 4 || !/^\p{Lu}/u.test(words[0] ?? '')) return false;
  return words.every((w) => NAME_WORD.test(w));
}

const POV_SUFFIX = /^(.{1,40}?)(?:'s|’s|s'|s’)?\s*(?:POV|P\.O\.V\.?|point of view)$/i;
const POV_PREFIX = /^(?:POV|P\.O\.V\.?)\s*[:\-–—]?\s*(.{1,40})$/i;

export const POV_EXAMPLES = ['~~~Spike~~~', '~~Spike~~', "Spike's POV", '-Spike POV-', 'POV: Rarity', '*Twilight’s POV*'];

/** The name of a POV marker line, or null. */
export function matchPov(trimmed: string): string | null {
  if (trimmed.length > 60) return null;
  const { inner, decorated } = undecorate(trimmed);
  const text = inner.trim();
  const explicit = POV_SUFFIX.exec(text) ?? POV_PREFIX.exec(text);
  if (explicit?.[1] && isNameLike(explicit[1].trim())) return explicit[1].trim();
  if (decorated && isNameLike(text)) return text;
  return null;
}

/** Closing lines that stand alone and are centred rather than read as prose. */
const CLOSING = /^(?:the end|fin|finis|end|to be continued|tbc|end of (?:chapter|part|book|volume)\b.{0,40})[.!?…]*$/i;

export const ORNAMENT_EXAMPLES = ['~~To be continued?~~', 'THE END', 'To be continued...', '= End of Part One ='];

/** The text of an ornament line (decorated non-name, or a closing formula), or null. */
export function matchOrnament(trimmed: string): string | null {
  if (trimmed.length > 80) return null;
  const { inner, decorated } = undecorate(trimmed);
  if (CLOSING.test(inner)) return inner;
  if (decorated && /\p{L}/u.test(inner)) return inner;
  return null;
}
