import type { DiagnosticSink } from '../diagnostics.js';
import type { Manuscript } from '../model.js';
import { BY_TAIL } from './rules/header-labels.js';

/**
 * Archives that print the writer after every chapter's title (eFiction's printable story: `Capítulo 1: Seis días más
 * por nieblas_de_agosto`): when every titled chapter, two or more, ends in a by-word and the same name, the name is
 * the by-line's, not the titles'.
 */
export function dropHeadingBylines(m: Manuscript, sink: DiagnosticSink): void {
  const titled = m.chapters.filter((c) => c.title !== null);
  if (titled.length < 2) return;
  const names = titled.map((c) => BY_TAIL.exec(c.title!)?.[1] ?? null);
  const name = names[0];
  if (name == null || !names.every((n) => n === name)) return;
  for (const c of titled) c.title = c.title!.replace(BY_TAIL, '');
  sink.info('heading-byline-tail', titled[0]!.position.start.line, `every chapter's title ends in its writer's name ("… ${name}"): the name left out of the titles`);
}
