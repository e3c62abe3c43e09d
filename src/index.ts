export { parse, parseFile } from './parse.js';
export { outline } from './inspect/outline.js';
export type { ManuscriptOutline, ChapterOutline, NoteOutline } from './inspect/outline.js';
export { InputError } from './errors.js';
export { formatDiagnostic } from './diagnostics.js';
export type * from './model.js';
