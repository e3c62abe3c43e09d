import type { DiagnosticSink } from '../../diagnostics.js';
import type { StoryMeta } from '../../model.js';
import { classify } from '../html/hast-blocks.js';
import type { MdBlock } from '../markdown/mdast-blocks.js';
import { at } from '../markup/markup-blocks.js';
import { matchByLine } from '../rules/header-labels.js';
import { matchFieldLine } from '../rules/fields.js';
import { emptyMeta } from '../section-blocks.js';
import { childNamed, childrenNamed, isElement, type XmlElement } from '../xml/xml-tree.js';

/**
 * A script saved by Final Draft (`.fdx`): `<Content>` of `<Paragraph Type="…">`s, each of `<Text>` runs, and after
 * it the title page, the writer's script notes, revision sets, the running header and SmartType's lists of names.
 * Read as the play reads: the title page first (title, by-line, labelled lines), a new act (`New Act`: `PROLOGO`,
 * `ATTO PRIMO`) a chapter, and action, character cues, parentheticals and dialogue its text. Scene headings
 * (`INT. BOTTEGA - NOTTE`), transitions (`STACCO A:`) and end-of-act lines are the shooting script's directions,
 * and the notes, revisions, header and lists the program's: none of them words of the story.
 */

/** Paragraph types that are the script's words, as read. */
const TEXT_TYPES = /^(?:action|character|parenthetical|dialogue|general|lyrics|shot)$/i;
const ACT = /^new act$/i;

export function isFinalDraft(root: XmlElement): boolean {
  return root.name === 'FinalDraft';
}

/** A paragraph's words, its runs joined as written. */
const words = (p: XmlElement): string =>
  childrenNamed(p, 'Text')
    .map((t) => t.children.filter((c): c is string => !isElement(c)).join(''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The title page: the title first, then a by-line (its words and the name on one line or two: `scritto da` /
 * `Chiara Benassi`), labelled lines as fields, and a line of what the script is (`Episodio pilota`) its subtitle.
 */
function titlePage(lines: readonly string[], meta: StoryMeta): void {
  meta.title = lines[0] ?? null;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const by = matchByLine(line) ?? (i + 1 < lines.length ? matchByLine(`${line} ${lines[i + 1]}`) : null);
    const field = matchFieldLine(line);
    if (by && meta.author === null) {
      meta.author = by.author;
      if (!matchByLine(line)) i++;
    } else if (field && field.value !== '') meta.fields[field.key] = field.value;
    else meta.subtitle ??= line;
  }
}

export function readFinalDraft(root: XmlElement, sink: DiagnosticSink): { meta: StoryMeta; blocks: MdBlock[] } {
  const meta = emptyMeta();
  const blocks: MdBlock[] = [];
  titlePage(childrenNamed(childNamed(childNamed(root, 'TitlePage'), 'Content'), 'Paragraph').map(words).filter((t) => t !== ''), meta);
  let directions = 0;
  for (const p of childrenNamed(childNamed(root, 'Content'), 'Paragraph')) {
    const t = words(p);
    if (t === '') continue;
    const type = p.attrs.Type ?? '';
    if (ACT.test(type)) blocks.push({ type: 'mdHeading', depth: 1, text: t, position: at(p.line) });
    else if (TEXT_TYPES.test(type)) blocks.push(classify([{ type: 'text', value: t }], at(p.line)));
    else directions++;
  }
  sink.info('final-draft', root.line, `read as a Final Draft script: its title page, acts as chapters, action and dialogue as the text; ${directions} scene heading(s), transition(s) and end-of-act line(s), the script notes and the program's lists left out`);
  return { meta, blocks };
}
