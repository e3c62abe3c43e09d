import type { Diagnostic } from '../model.js';

/**
 * Which of the parser's decisions rest on weak evidence, and the one-line
 * correction (a `structure:` lever or a metadata key in quire.yaml) that
 * fixes each when it is wrong. As data: a rule id pattern per kind of guess.
 */
interface LeverHint {
  rule: RegExp;
  /** Decided from shape alone, so worth a second look even when not a warning. */
  weak: boolean;
  /** Null for problems a lever cannot fix (an empty note, an encoding): the message itself says what to do. */
  lever: ((line: number) => string) | null;
}

const HINTS: readonly LeverHint[] = [
  { rule: /empty|encoding|glyph|control|nesting|markup-limit|front-matter/, weak: false, lever: null },
  { rule: /^heading-(bare|title-set|weak|number-only|decimal|date|label-family)/, weak: true, lever: (l) => `not a heading? structure.not-headings: [${l}]; headings missed? structure.headings: '<pattern>'` },
  { rule: /^heading-/, weak: false, lever: (l) => `not a heading? structure.not-headings: [${l}]` },
  { rule: /title/, weak: false, lever: () => 'wrong title? title: in the story’s entry in quire.yaml' },
  { rule: /author|byline|by-line/, weak: false, lever: () => 'wrong author? author: in the story’s entry in quire.yaml' },
  { rule: /description-implicit|summary-implicit/, weak: true, lever: () => 'not the summary? description: in the story’s entry in quire.yaml' },
  { rule: /description|summary/, weak: false, lever: () => 'wrong summary? description: in the story’s entry in quire.yaml' },
  { rule: /break|separator/, weak: false, lever: () => "breaks missed? structure.breaks: '<pattern>'" },
  { rule: /^note-unknown-label/, weak: true, lever: (l) => `not a note? structure.not-notes: [${l}]` },
  { rule: /note/, weak: false, lever: () => "notes missed? structure.note-labels: ['Label:']" },
  { rule: /frame|archive|chrome|boiler|junk|start/, weak: false, lever: (l) => `story starts elsewhere? structure.start: ${l}` },
];

export interface UnsureDecision {
  line: number;
  ruleId: string;
  reason: string;
  lever: string;
}

/** Warnings, and guesses made from shape alone, each with the lever that would correct it. */
export function unsureDecisions(diagnostics: readonly Diagnostic[]): UnsureDecision[] {
  const out: UnsureDecision[] = [];
  for (const d of diagnostics) {
    if (d.ruleId.startsWith('lever-')) continue;
    const hint = HINTS.find((h) => h.rule.test(d.ruleId));
    if (hint === undefined || hint.lever === null || (d.severity !== 'warning' && !hint.weak)) continue;
    out.push({ line: d.line, ruleId: d.ruleId, reason: d.reason, lever: hint.lever(d.line) });
  }
  return out;
}
