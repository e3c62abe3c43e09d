import type { DiagnosticSink } from '../diagnostics.js';
import type { Line } from './lines.js';

/**
 * A Gopher menu saved raw (a phlog's gophermap): every line `TYPE` + display text, then a tab, a selector,
 * a host and a port (`iThe ferry left at ten…⇥fake⇥(NULL)⇥0`). Info lines (`i`) carry the text; the others
 * are links to other pages, and a lone `.` ends the menu. Read as the text the menu shows.
 */
const MENU_LINE = /^([0-9A-Za-z+:;<?])([^\t]*)\t[^\t]*\t[^\t]*\t\d{1,5}\s*$/;

export function readGophermap(lines: Line[], sink: DiagnosticSink): void {
  const filled = lines.filter((l) => !l.blank);
  const menu = filled.filter((l) => MENU_LINE.test(l.text));
  // A menu through and through; a story quoting one line of it is not.
  if (menu.length < 5 || menu.length < filled.length * 0.8) return;
  let links = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const m = MENU_LINE.exec(line.text);
    const text = m?.[1] === 'i' ? m[2]!.trimEnd() : '';
    if ((m && m[1] !== 'i') || line.trimmed === '.') links++;
    if (m || line.trimmed === '.') lines[i] = { ...line, text, trimmed: text.trim(), indent: text.length - text.trimStart().length, blank: text.trim() === '' };
  }
  sink.info('gophermap', 1, `a Gopher menu read as the text it shows; ${links} link line${links === 1 ? '' : 's'} and the menu's end left out`);
}
