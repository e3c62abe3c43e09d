import type { Root } from 'hast';
import type { Note, StoryMeta } from '../../model.js';
import { HtmlReadState, walk } from '../html/hast-blocks.js';
import { childElements, findAll, findFirst, hasClass, textOf } from '../html/hast-query.js';
import type { DiagnosticSink } from '../../diagnostics.js';

/**
 * What a title page says beyond the package metadata: fields as `dl`
 * pairs (quire's own `dl.fields`, pandoc's and calibre's alike), status
 * lines (`p.status`), a summary block (`div.summary`) and notes (`aside`,
 * labelled `blockquote`), which are the story's notes before its text.
 */
export function readTitlePage(tree: Root, meta: StoryMeta, sink: DiagnosticSink, quire: boolean): Note[] {
  for (const dl of findAll(tree, (e) => e.tagName === 'dl')) {
    const kids = childElements(dl);
    kids.forEach((dt, i) => {
      const dd = kids[i + 1];
      if (dt.tagName === 'dt' && dd?.tagName === 'dd' && textOf(dt) !== '') meta.fields[textOf(dt).replace(/:$/, '')] = textOf(dd);
    });
  }
  meta.status.push(...findAll(tree, (e) => e.tagName === 'p' && hasClass(e, 'status')).map(textOf).filter(Boolean));
  const summary = findFirst(tree, (e) => hasClass(e, 'summary'));
  // quire writes the opening words into the OPF description of a story without a summary; its title page says which it is.
  if (quire) meta.description = summary ? childElements(summary).filter((p) => !hasClass(p, 'label')).map(textOf).join('\n\n') || null : null;
  const state = new HtmlReadState(sink);
  const body = findFirst(tree, (e) => e.tagName === 'body');
  const notes = body ? walk(body.children, state) : [];
  return notes.filter((b): b is Note => b.type === 'note').map((n) => ({ ...n, place: 'storyStart' }));
}
