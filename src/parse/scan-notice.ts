import type { DiagnosticSink } from '../diagnostics.js';
import { retext, type Line } from './lines.js';

/**
 * A page a tool sets at the top of the text it hands over, which the export keeps: a book-scanning library's
 * notice on the first page of its PDF (Google Books' `About this book` / `Informazioni su questo libro`, with its
 * usage guidelines), a shared pad's welcome text nobody deleted (Etherpad's `Welcome to Etherpad!`). Each opens
 * the text, closes on the tool's own address and names the tool throughout: the tool's page, not the story's.
 */
interface ToolNotice {
  id: string;
  /** The tool's address, on the notice's last line. */
  address: RegExp;
  /** The tool's name, on this many of the notice's lines at least. */
  name: RegExp;
  naming: number;
  what: string;
}

const NOTICES: readonly ToolNotice[] = [
  { id: 'scan-notice', address: /\bbooks\.google\.[a-z.]{2,6}\b|\bbooks\.googleusercontent\.com\b/i, name: /\bgoogle\b/i, naming: 3, what: "the scanning library's notice on the first page (its usage guidelines and address)" },
  { id: 'pad-welcome', address: /\betherpad\.org\b/i, name: /\betherpad\b/i, naming: 2, what: "the shared pad's welcome text (Etherpad's default, left in the pad)" },
];

/** Lines and words a notice holds at the most: more is the story's own first page. */
const NOTICE_LINES = 60;
const NOTICE_WORDS = 600;

export function dropScanNotice(lines: Line[], sink: DiagnosticSink): void {
  for (const notice of NOTICES) {
    const end = lines.slice(0, NOTICE_LINES).findIndex((l) => notice.address.test(l.trimmed));
    if (end < 0) continue;
    const page = lines.slice(0, end + 1);
    const words = page.reduce((n, l) => n + l.trimmed.split(/\s+/).filter(Boolean).length, 0);
    if (words > NOTICE_WORDS || page.filter((l) => notice.name.test(l.trimmed)).length < notice.naming) continue;
    for (let i = 0; i <= end; i++) lines[i] = retext(lines[i]!, '');
    sink.info(notice.id, 1, `${notice.what} left out of the book`, { endLine: end + 1 });
    return;
  }
}
