import type { DiagnosticSink } from '../diagnostics.js';
import type { Line } from './lines.js';
import type { HeadingMatch } from './rules/headings.js';
import type { SocialThread } from './social-thread.js';
import { reportRuns } from './archive.js';
import { markedHeading } from './marked-headings.js';
import { matchNoteLabel } from './rules/notes.js';
import { BONEYARD_CLOSE, BONEYARD_OPEN, CENTRED, NOTE, PAGE_BREAK, SCENE_HEADING, SECTION, SYNOPSIS, TITLE_PAGE_KEY } from './rules/screenplay.js';

/**
 * A play or screenplay written in Fountain: its title page (`Title:` / `Author:` keys, read by the header reader),
 * scene headings, character cues and dialogue are the script's text. Its sections (`# ACT ONE`, `# COLD OPEN`) are
 * the book's chapters; its synopses (`= …`), page breaks (`===`), notes (`[[…]]`), boneyard (`/* … *\/`) and
 * centred title cards (`> THE END <`) are never printed, so they are no words of the play. A boneyard comment that
 * opens with a note's label (`/* Note for cast: … *\/`) is the writer's note and stays one.
 */
export function findFountainScript(lines: readonly Line[], sink: DiagnosticSink): SocialThread | null {
  const filled = lines.filter((l) => !l.blank);
  // A title page at the top and scene headings below it, or scene headings and the markup's own marks.
  const titlePage = filled.slice(0, 2).every((l) => TITLE_PAGE_KEY.test(l.trimmed)) && filled.length >= 2;
  const scenes = filled.filter((l) => SCENE_HEADING.test(l.trimmed)).length;
  const marks = filled.filter((l) => PAGE_BREAK.test(l.trimmed) || BONEYARD_OPEN.test(l.trimmed) || SYNOPSIS.test(l.trimmed)).length;
  if (scenes === 0 || !(titlePage || (scenes >= 2 && marks >= 2))) return null;
  const chrome = new Set<number>();
  const rewritten = new Map<number, Line>();
  const headings = new Map<number, HeadingMatch>();
  const afterWork = new Set<number>();
  const sections = filled.map((l) => SECTION.exec(l.trimmed)).filter((m) => m !== null);
  const top = Math.min(...sections.map((m) => m[1]!.length));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    const t = line.trimmed;
    if (BONEYARD_OPEN.test(t)) {
      let end = i;
      while (end < lines.length - 1 && !BONEYARD_CLOSE.test(lines[end]!.trimmed)) end++;
      const inner = lines.slice(i, end + 1).map((l) => l.trimmed).join(' ').replace(/^\/\*\s*/, '').replace(/\s*\*\/$/, '');
      if (matchNoteLabel(inner) !== null) {
        rewritten.set(i, { ...line, text: inner, trimmed: inner, indent: 0 });
        // Under the script's end card (`> END OF EPISODE <`) with nothing after it, the note is the whole script's.
        const above = lines.slice(0, i).findLast((l) => !l.blank);
        if (above && CENTRED.test(above.trimmed) && lines.slice(end + 1).every((l) => l.blank)) afterWork.add(line.no);
        for (let k = i + 1; k <= end; k++) chrome.add(k);
      } else for (let k = i; k <= end; k++) chrome.add(k);
      i = end;
      continue;
    }
    const section = SECTION.exec(t);
    if (section && section[1]!.length === top) headings.set(line.no, markedHeading(section[2]!.trim(), 'heading-fountain-section'));
    else if (section || SYNOPSIS.test(t) || PAGE_BREAK.test(t) || CENTRED.test(t)) chrome.add(i);
    else if (NOTE.test(t)) {
      const rest = t.replace(NOTE, '').trim();
      if (rest === '') chrome.add(i);
      else rewritten.set(i, { ...line, text: rest, trimmed: rest });
    }
    NOTE.lastIndex = 0;
  }
  sink.info('fountain-script', 1, `a script in Fountain markup: ${headings.size} section${headings.size === 1 ? '' : 's'} read as chapters; synopses, page breaks, notes, boneyard and centred cards kept out of the body`);
  reportRuns(lines, [...chrome], (from, to, n) => sink.info('fountain-chrome', from, `${n} line${n > 1 ? 's' : ''} of Fountain marks (synopsis, page break, note, boneyard, centred card) kept out of the body`, { endLine: to }));
  return { chrome, rewritten, title: null, poster: null, headings, afterWork };
}
