import { formatDiagnostic } from '../diagnostics.js';
import type { Manuscript } from '../model.js';
import { outline, type NoteOutline } from './outline.js';
import { unsureDecisions } from './unsure.js';

const MAX_NOTE = 60;

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function noteLines(notes: readonly NoteOutline[], indent: string, where: string): string[] {
  return notes.map((n) => `${indent}${String(n.line).padStart(5)}  note (${where}) ${n.label}: ${clip(n.text, MAX_NOTE)}`);
}

/** The readable outline of `quire inspect`: metadata, structure with line numbers, then diagnostics. */
export function formatOutline(m: Manuscript): string {
  const o = outline(m);
  const out: string[] = [`${o.file} (${o.encoding}, ${o.wordCount} words)`];
  out.push(`  title:       ${o.title ?? '(none)'}`);
  if (o.subtitle) out.push(`  subtitle:    ${o.subtitle}`);
  out.push(`  author:      ${o.author ?? '(none)'}`);
  if (o.description) out.push(`  description: ${clip(o.description, 70)}`);
  for (const [k, v] of Object.entries(o.fields)) out.push(`  ${k}: ${clip(v, 60)}`);
  for (const s of o.status) out.push(`  status:      ${s}`);
  out.push(...noteLines(o.notesBefore, '', 'story start'));
  for (const s of o.front) out.push(`${String(s.line).padStart(5)}  front (untitled) — ${s.wordCount} words`);
  let part: string | null = null;
  for (const c of o.chapters) {
    if (c.part !== part && c.part !== null) out.push(`${String(c.line).padStart(5)}  ${c.part}`);
    part = c.part;
    const name = [c.number !== null ? `#${c.number}` : null, c.title].filter(Boolean).join(' ') || '(untitled)';
    const extras = [
      c.sceneBreaks ? `${c.sceneBreaks} scene breaks` : '',
      c.softBreaks ? `${c.softBreaks} soft breaks` : '',
      c.povMarkers.length ? `POV ${c.povMarkers.join(', ')}` : '',
      c.ornaments.length ? `ornaments ${c.ornaments.map((t) => `"${t}"`).join(', ')}` : '',
    ].filter(Boolean);
    out.push(`${String(c.line).padStart(5)}  ${c.front ? 'front' : 'chapter'} ${name} — ${c.wordCount} words${extras.length ? `; ${extras.join('; ')}` : ''}`);
    out.push(...noteLines(c.notesBefore, '  ', 'chapter start'), ...noteLines(c.notesAfter, '  ', 'chapter end'));
  }
  out.push(...noteLines(o.notesAfter, '', 'story end'));
  const unsure = unsureDecisions(m.diagnostics);
  if (unsure.length > 0) {
    out.push('', 'unsure (check these; each names the quire.yaml line that corrects it):');
    for (const u of unsure) out.push(`${String(u.line).padStart(5)}  ${u.reason} [${u.ruleId}]`, `         → ${u.lever}`);
  }
  if (m.diagnostics.length > 0) out.push('', ...m.diagnostics.map(formatDiagnostic));
  return out.join('\n');
}
