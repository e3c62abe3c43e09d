import { describe, expect, it } from 'vitest';
import { COUNT_FIELD, isContentsLabel } from '../src/parse/rules/contents-label.js';
import { BY_LINES, BY_WORD_ALONE } from '../src/parse/rules/header-labels.js';
import { LANGUAGES } from '../src/parse/rules/languages/index.js';
import { mayStartPhrase, phraseStarts } from '../src/parse/rules/phrase-start.js';

const all = (pick: (l: (typeof LANGUAGES)[number]) => readonly string[] | undefined): string[] => LANGUAGES.flatMap((l) => pick(l) ?? []);
const cased = (p: string): string[] => [p, p.toUpperCase(), p.charAt(0).toUpperCase() + p.slice(1)];

describe('mayStartPhrase', () => {
  // The test only spares lines the pattern: wherever a by-line pattern matches, it must let the line through.
  it.each(BY_LINES.filter((r) => r.starts !== undefined).map((r) => [r.id, r] as const))('lets every line %s matches through', (_, rule) => {
    const phrases = rule.id === 'by' ? all((l) => l.byLines) : rule.id === 'by-lower' ? all((l) => l.lowerByLines) : rule.id === 'by-capitals' ? all((l) => l.capitalsByLines) : all((l) => l.posted?.verbs);
    // (The by-words believed only before a name in capitals are tried with one.)
    const name = rule.id === 'by-capitals' ? 'JO MARSH' : 'Jo Marsh';
    const lines = phrases.flatMap((p) => cased(p).flatMap((v) => [`${v} ${name}`, `${v}: ${name}`, `${v} by ${name}`, `${v} on 3 May 2020 by ${name}`]));
    const matched = lines.filter((line) => rule.pattern.test(line));
    expect(matched.length).toBeGreaterThan(phrases.length);
    for (const line of matched) expect(mayStartPhrase(line, rule.starts!), line).toBe(true);
  });

  it('still reads every language\'s by-word alone and contents label, in any case', () => {
    for (const p of all((l) => [...(l.byLines ?? []), ...(l.byWordsAlone ?? [])])) for (const v of cased(p)) expect(BY_WORD_ALONE.test(v), v).toBe(true);
    // `Chapters:` with its colon is AO3's count (and `Chapitres:` its French twin), never a label.
    for (const p of all((l) => l.contents)) for (const v of cased(p)) for (const end of ['', '.', ':']) if (!COUNT_FIELD.test(`${v}${end}`)) expect(isContentsLabel(`${v}${end}`), `${v}${end}`).toBe(true);
  });

  it('turns away lines that start with another plain word or a curly quote, and leaves other scripts to the pattern', () => {
    const starts = phraseStarts(all((l) => l.byLines));
    expect(mayStartPhrase('Spike was having a problem.', starts)).toBe(false);
    expect(mayStartPhrase('"What to do," he said.', starts)).toBe(false);
    expect(mayStartPhrase('“Dear Spike…” he wrote.', starts)).toBe(false);
    expect(mayStartPhrase('BY: Jo Marsh', starts)).toBe(true);
    expect(mayStartPhrase('Écrit par Jo Marsh', starts)).toBe(true);
  });
});
