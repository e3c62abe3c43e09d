import type { DiagnosticSink } from '../../diagnostics.js';
import { matchByLine } from '../rules/header-labels.js';
import { matchHeading } from '../rules/headings.js';
import { isSceneBreak } from '../rules/markers.js';
import { emptyMeta } from '../section-blocks.js';
import { BlockCollector, EM, STRONG } from './markup-blocks.js';
import { setHeaderField, type MarkupRead } from './read-result.js';

/** A line the player reads: narration (`"…"`), a character's line (`v "…"`), or a centred card (`centered "…"`). */
const SAY = /^(?:([A-Za-z_]\w*)\s+)?"((?:[^"\\]|\\.)*)"(?:\s+with\s+\S+)?$/;
/** Statements that stage the game rather than tell the story. */
const STAGING = /^(?:define|default|image|init|python|label|scene|show|hide|with|play|stop|queue|pause|jump|call|return|menu|window|nvl|screen|transform|style|\$)\b/;

/** Ren'Py's text tags to the model's marks: `{i}…{/i}`, `{b}…{/b}`; other tags (`{size=+12}`, `{w}`) dropped. */
const tags = (t: string): string =>
  t
    .replace(/\{i\}/g, EM.open)
    .replace(/\{\/i\}/g, EM.close)
    .replace(/\{b\}/g, STRONG.open)
    .replace(/\{\/b\}/g, STRONG.close)
    .replace(/\{[^{}]*\}/g, '')
    .replace(/\\"/g, '"');

/**
 * A Ren'Py script (`script.rpy`): the story is what the player reads. Narration strings are paragraphs; a
 * character's lines keep their quotation marks, as the game shows them; a `centered` card that reads as a chapter
 * heading (`Chapter One\n{i}The Last Stop{/i}`) is the chapter's heading, one of `* * *` a scene break. Staging
 * (`scene`, `show`, `play`, `jump`, `$ …`) and definitions leave; the opening comments give the title and, from
 * a by-line among them, the author.
 */
export function readRenpy(text: string, sink: DiagnosticSink): MarkupRead {
  const meta = emptyMeta();
  const out = new BlockCollector(sink, tags);
  const lines = text.split('\n');
  const speakers = new Set(['centered', 'extend', 'narrator']);
  for (const l of lines) {
    const d = /^define\s+([A-Za-z_]\w*)\s*=\s*Character\(/.exec(l.trim());
    if (d) speakers.add(d[1]!);
  }
  // The opening comments: a by-line names the author; the comment line over it is the title.
  const head = lines.slice(0, 12).map((l) => l.trim()).filter((l) => l.startsWith('#')).map((l) => l.replace(/^#+\s*/, ''));
  const bylines = head.map((c) => matchByLine(c));
  const byAt = bylines.findIndex((b) => b !== null);
  if (byAt >= 0) {
    setHeaderField(meta, 'author', bylines[byAt]!.author);
    const title = head[byAt - 1];
    if (title && !/\.rpy$/i.test(title)) setHeaderField(meta, 'title', title);
  }
  let staged = 0;
  lines.forEach((raw, i) => {
    const n = i + 1;
    const line = raw.trim();
    const say = SAY.exec(line);
    if (say && (say[1] === undefined || speakers.has(say[1]))) {
      const body = say[2]!;
      if (say[1] === 'centered') {
        const plain = tags(body).replace(/[\uE000-\uE003]/g, '');
        const [first, ...rest] = plain.split('\\n').map((s) => s.trim()).filter(Boolean);
        const heading = first ? matchHeading(first) : null;
        if (first && isSceneBreak(first)) out.sceneBreak(first, n);
        else if (heading && heading.level !== 'section') out.heading(2, [first, ...rest].join(': '), n);
        else staged++;
        return;
      }
      const shown = body.replace(/\\n/g, ' ');
      out.line(say[1] === undefined || say[1] === 'narrator' ? shown : `"${shown}"`, n);
      out.end();
      return;
    }
    if (line === '' || line.startsWith('#') || STAGING.test(line) || say) staged++;
  });
  out.end();
  if (staged > 0) sink.info('markup-directives', 1, `${staged} line(s) of the script's staging, comments and closing cards left out of the text`);
  return { meta, blocks: out.blocks };
}
