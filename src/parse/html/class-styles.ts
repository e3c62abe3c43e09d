import type { Element, ElementContent, Root } from 'hast';
import type { DiagnosticSink } from '../../diagnostics.js';
import { attr, classes, findAll, positionOf, textOf } from './hast-query.js';

/** What a style sheet or `style` attribute says about an element that matters to its reading. */
interface Look {
  bold?: boolean;
  italic?: boolean;
  hidden?: boolean;
  pageBreak?: boolean;
}

/** A `.name` (or `p.name`) selector; anything more complex is not a word processor's. */
const SIMPLE = /^[a-z0-9]*\.([\w-]+)$/i;

function look(declarations: string): Look {
  const out: Look = {};
  for (const d of declarations.split(';')) {
    const [name, value] = d.split(':').map((x) => x?.trim().toLowerCase() ?? '');
    if (name === 'font-weight') out.bold = value === 'bold' || value === 'bolder' || /^[6-9]00$/.test(value ?? '');
    else if (name === 'font-style') out.italic = value === 'italic' || value === 'oblique';
    else if (name === 'display') out.hidden = value === 'none';
    else if (/^(?:page-)?break-(?:before|after)$/.test(name ?? '') && /^(?:always|page|left|right)$/.test(value ?? '')) out.pageBreak = true;
  }
  return out;
}

/** A style sheet without its comments, in one pass. */
function withoutComments(css: string): string {
  let out = '';
  let at = 0;
  for (let open = css.indexOf('/*'); open !== -1; open = css.indexOf('/*', at)) {
    out += css.slice(at, open);
    const close = css.indexOf('*/', open + 2);
    if (close === -1) return out;
    at = close + 2;
  }
  return out + css.slice(at);
}

/** Class name to what the page's `<style>` sheets say of it (Google Docs' `.c3{font-weight:700}`, LibreOffice's, Word's). */
function classLooks(tree: Root): Map<string, Look> {
  const out = new Map<string, Look>();
  for (const style of findAll(tree, (e) => e.tagName === 'style')) {
    const css = withoutComments(style.children.map((c) => (c.type === 'text' ? c.value : '')).join(''));
    // Split at braces rather than matched with a pattern, so a style sheet of any shape reads in linear time.
    for (const rule of css.split('}')) {
      const open = rule.lastIndexOf('{');
      if (open === -1) continue;
      const selectors = rule.slice(rule.lastIndexOf('{', open - 1) + 1, open);
      const body = rule.slice(open + 1);
      for (const sel of selectors.split(',')) {
        const m = SIMPLE.exec(sel.trim());
        if (m) out.set(m[1]!, { ...out.get(m[1]!), ...look(body) });
      }
    }
  }
  return out;
}

const wrap = (el: Element, tagName: 'b' | 'i'): void => {
  el.children = [{ type: 'element', tagName, properties: {}, children: el.children }];
};

const TITLE_STYLE = /^(?:title|subtitle|msotitle|msosubtitle)$/i;
const NOT_WRAPPED = new Set(['b', 'strong', 'i', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tr', 'tbody', 'ul', 'ol', 'dl', 'body', 'html']);

/**
 * A word processor's export marks bold, italic, hidden rules and page breaks with classes and `style`
 * attributes rather than tags (`<span class="c3">Two</span>`, `.c3{font-weight:700}`): those become
 * `<b>`/`<i>` so the page reads as it shows, and a hidden or page-break `<hr>` (a Docs page break) is
 * dropped, since it marks a page, not a scene break (`html-page-break`).
 */
export function applyClassStyles(tree: Root, sink: DiagnosticSink): void {
  const looks = classLooks(tree);
  const lookOf = (el: Element): Look => {
    let out: Look = {};
    for (const c of classes(el)) out = { ...out, ...looks.get(c) };
    const inline = attr(el, 'style');
    return inline === '' ? out : { ...out, ...look(inline) };
  };
  const stack: (Root | Element)[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const kept: ElementContent[] = [];
    for (const child of node.children as ElementContent[]) {
      if (child.type !== 'element') {
        kept.push(child);
        continue;
      }
      const l = lookOf(child);
      if (child.tagName === 'hr' && (l.hidden || l.pageBreak)) {
        sink.info('html-page-break', positionOf(child).start.line, 'a page-break rule, not a scene break');
        continue;
      }
      // A title page's Title and Subtitle styles look as they do by style, not by the writer's emphasis.
      if (!NOT_WRAPPED.has(child.tagName) && !classes(child).some((c) => TITLE_STYLE.test(c)) && textOf(child) !== '') {
        if (l.italic) wrap(child, 'i');
        if (l.bold) wrap(child, 'b');
      }
      kept.push(child);
      stack.push(child);
    }
    (node as Element).children = kept;
  }
}
