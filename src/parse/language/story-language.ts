import type { Manuscript } from '../../model.js';
import { inlineText } from '../inline.js';
import { languageTag, META_KEYS } from '../rules/fields.js';
import { detectLanguage, SAMPLE } from './detect.js';

/**
 * The language a story said in a field (`Language: Deutsch`, front matter
 * `lang: pt-BR`, the Gutenberg header), or null when none did.
 */
export function saidLanguage(fields: Readonly<Record<string, string>>): string | null {
  for (const [key, value] of Object.entries(fields)) {
    const k = key.toLowerCase();
    if (k === 'lang' || META_KEYS[k] === 'language') {
      const tag = languageTag(value);
      if (tag !== null) return tag;
    }
  }
  return null;
}

/**
 * Sets `meta.language`: what a field said, else what the body's prose is
 * written in, else the parser's default. The detector runs only when no
 * field said it; quire.yaml's `language:` overrides all of this at bind time.
 */
export function settleLanguage(m: Manuscript): Manuscript {
  const said = saidLanguage(m.meta.fields);
  if (said !== null) {
    m.meta.language = said;
    return m;
  }
  m.meta.language = detectLanguage(proseSample(m)) ?? m.meta.language;
  return m;
}

/** The body's first paragraphs, enough for the detector: never headings, notes or site chrome, which may be in another language. */
function proseSample(m: Manuscript): string {
  const parts: string[] = [];
  let length = 0;
  for (const section of [...m.front, ...m.chapters]) {
    for (const b of section.children) {
      if (b.type !== 'paragraph') continue;
      const text = inlineText(b.children);
      parts.push(text);
      length += text.length;
      if (length >= SAMPLE) return parts.join('\n');
    }
  }
  return parts.join('\n');
}
