import type { DiagnosticSink } from '../diagnostics.js';
import { retext, type Line } from './lines.js';
import { matchHeading } from './rules/headings.js';

/**
 * A story written as a game's dialogue script in Yarn Spinner (`.yarn`, often saved as text): nodes, each a
 * header of `key: value` lines (`title:`, `tags:`, the graph view's `position:`) over `---`, its lines, and
 * `===`. What a player reads are the lines: commands (`<<wait 2>>`, `<<jump Next>>`), comments, the node
 * headers and fences, the markup inside words (`[wave]…[/wave]`) and the hashtags a line ends with (`#line:a1`,
 * a card's tag) are the game's and left out, each line keeping its number, so the text under them is read as
 * any plain text, one line a paragraph. The comments above the first node are the file's header (its title, the
 * writer); a to-do or the file's own path among them is the developer's. A line tagged as the chapter cards are
 * and not a heading itself is a card too (the end card); a line tagged as a credit is the game's credits.
 */

const NODE_KEY = /^[A-Za-z_][\w-]*:\s*\S/;
const FENCE_OPEN = /^---\s*$/;
const FENCE_CLOSE = /^===\s*$/;
const COMMAND = /<<[^<>]*>>/g;
const HAS_COMMAND = /<<[^<>]*>>/;
const COMMENT = /^\/\/\s?/;
/** A comment at a line's end: `//` after a space, never a link's `://`. */
const TRAILING_COMMENT = /\s+\/\/(?!\/).*$/;
const TAGS = /(?:\s+#[^\s#]+)+\s*$/;
const MARKUP = /\[\/?[A-Za-z_][\w-]*(?:\s*=\s*[^\]]*|\s+[^\]]*)?\/?\]|\[\/\]/g;
/** A shortcut option a player picks: its words are shown. */
const OPTION = /^->\s*/;
/** A developer's comment above the nodes: a to-do, or a value that is a path in the game's project. */
const DEVELOPER_NOTE = /^(?:TODO|FIXME|XXX|HACK|NB)\b|:\s*[\w.-]+(?:\/[\w.-]+)+\.\w+\s*$/i;
const CREDIT_TAG = /#credits?\b/i;

/** Whether lines are a Yarn script: node headers with a `title:` over a `---` fence, bodies closed by `===`. */
function nodeStarts(lines: readonly Line[]): number[] {
  const starts: number[] = [];
  lines.forEach((l, i) => {
    if (!FENCE_OPEN.test(l.trimmed)) return;
    let j = i - 1;
    while (j >= 0 && NODE_KEY.test(lines[j]!.trimmed)) j--;
    if (j < i - 1 && lines.slice(j + 1, i).some((h) => /^title:/i.test(h.trimmed))) starts.push(j + 1);
  });
  return starts;
}

export function readDialogueScript(lines: Line[], sink: DiagnosticSink): void {
  const starts = nodeStarts(lines);
  if (starts.length === 0 || !lines.some((l) => FENCE_CLOSE.test(l.trimmed))) return;
  if (starts.length < 2 && !lines.some((l) => HAS_COMMAND.test(l.text))) return;
  const tagged = (l: Line): string[] => TAGS.exec(l.trimmed)?.[0].trim().split(/\s+/) ?? [];
  const spoken = (l: Line): string => l.trimmed.replace(COMMAND, '').replace(TRAILING_COMMENT, '').replace(TAGS, '').replace(MARKUP, '').replace(OPTION, '').trim();
  // The tags chapter cards carry: a line carrying one that is not a heading is a card too.
  const cardTags = new Set(lines.filter((l) => TAGS.test(l.trimmed) && matchHeading(spoken(l)) !== null).flatMap(tagged));
  let inBody = false;
  let dropped = 0;
  lines.forEach((l, i) => {
    if (l.blank) return;
    let text: string;
    if (i < starts[0]!) text = COMMENT.test(l.trimmed) && !DEVELOPER_NOTE.test(l.trimmed.replace(COMMENT, '')) ? l.trimmed.replace(COMMENT, '') : '';
    else if (FENCE_OPEN.test(l.trimmed) && !inBody) {
      inBody = true;
      text = '';
    } else if (FENCE_CLOSE.test(l.trimmed)) {
      inBody = false;
      text = '';
    } else if (!inBody || COMMENT.test(l.trimmed) || CREDIT_TAG.test(l.trimmed)) text = '';
    else {
      text = spoken(l);
      if (text !== '' && matchHeading(text) === null && tagged(l).some((t) => cardTags.has(t))) text = '';
    }
    if (text === l.trimmed) return;
    if (text === '') dropped++;
    lines[i] = retext(l, text);
  });
  sink.info('dialogue-script', starts[0]! + 1, `read as a Yarn Spinner dialogue script: ${starts.length} node(s); their headers, commands, comments, tags and markup left out (${dropped} lines)`);
}
