import type { Root } from 'hast';
import type { Block, Manuscript, Note } from '../../model.js';
import { statsLine } from '../header-rows/field-lines.js';
import type { ParseOptions } from '../parse-text.js';
import { languageTag } from '../rules/fields.js';
import { placeStoryNotes } from '../story-notes.js';
import { emptyMeta } from '../section-blocks.js';
import { attr, findAll, findFirst, hasClass, idOf, positionOf, textOf } from './hast-query.js';
import { walk, type HtmlReadState } from './hast-blocks.js';
import { edgeNotes } from './edge-notes.js';

/** `3. The Long Night` in FanFiction.Net's chapter menu. */
const MENU_ENTRY = /^(\d+)\.\s*(.*)$/s;

/**
 * A FanFiction.Net (or FictionPress) chapter page saved from the browser:
 * `div#profile_top` holds the title (`b.xcontrast_txt`), the author link
 * (`/u/…`), the summary (`div.xcontrast_txt`) and the stats line
 * (`span.xgray`, `Rated: … - English - …`); `select#chap_select` names the
 * chapter; `div#storytext` is the chapter. Null when the page is not one.
 */
export function readFfnPage(tree: Root, options: Readonly<ParseOptions>, state: HtmlReadState): Manuscript | null {
  // One chapter per page: several `#storytext` blocks are a tool's copy of the whole story (FanFicFare's HTML), read as any page.
  const stories = findAll(tree, (e) => idOf(e) === 'storytext');
  const story = stories[0];
  if (story === undefined || stories.length > 1) return null;
  options.sink.info('ffn-page', positionOf(story).start.line, 'read as a saved FanFiction.Net chapter page (#profile_top, #storytext)');
  const meta = emptyMeta();
  const top = findFirst(tree, (e) => idOf(e) === 'profile_top');
  if (top) {
    const title = findFirst(top, (e) => e.tagName === 'b' && hasClass(e, 'xcontrast_txt'));
    meta.title = title ? textOf(title) || null : null;
    const author = findFirst(top, (e) => e.tagName === 'a' && /\/u\/\d+/.test(attr(e, 'href')));
    meta.author = author ? textOf(author) || null : null;
    const summary = findFirst(top, (e) => e.tagName === 'div' && hasClass(e, 'xcontrast_txt'));
    meta.description = summary ? textOf(summary) || null : null;
    const stats = findFirst(top, (e) => hasClass(e, 'xgray'));
    for (const [k, v] of stats ? statsLine(textOf(stats)) : []) if (k !== '' && v !== '') meta.fields[k] = v;
    if (meta.fields.Language) meta.language = languageTag(meta.fields.Language) ?? meta.language;
  }
  const selected = findAll(tree, (e) => idOf(e) === 'chap_select')
    .flatMap((s) => findAll(s, (e) => e.tagName === 'option' && e.properties.selected !== undefined && e.properties.selected !== false))[0];
  const entry = selected ? MENU_ENTRY.exec(textOf(selected)) : null;
  state.scanOutside(tree, story);
  const children = edgeNotes(walk(story.children, state)).map((b): Block => (b.type === 'mdHeading' ? { type: 'pov', name: b.text, position: b.position } : b));
  const notesBefore: Note[] = [];
  const notesAfter: Note[] = [];
  while (children[0]?.type === 'note') notesBefore.push({ ...(children.shift() as Note), place: 'chapterStart' });
  while (children[children.length - 1]?.type === 'note') notesAfter.unshift({ ...(children.pop() as Note), place: 'chapterEnd' });
  const m: Manuscript = {
    type: 'manuscript',
    file: options.file,
    encoding: options.encoding,
    meta,
    notesBefore: [],
    notesAfter: [],
    front: [],
    chapters: [{
      type: 'chapter',
      number: entry ? Number(entry[1]) : null,
      label: null,
      title: entry ? entry[2]!.trim() || null : null,
      heading: selected ? textOf(selected) : null,
      part: null,
      notesBefore,
      notesAfter,
      children,
      position: positionOf(story),
    }],
    diagnostics: [],
  };
  placeStoryNotes(m, entry !== null);
  return m;
}
