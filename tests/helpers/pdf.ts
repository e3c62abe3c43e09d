import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

function installed(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** PDF checks run wherever poppler and qpdf are installed, and always under CI, where their absence is a failure. */
export const RUN_PDF_TOOLS = (installed('pdftotext') && installed('qpdf')) || process.env.CI === 'true';

export async function pdftotext(path: string, page?: number): Promise<string> {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return (await run('pdftotext', [...range, path, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
}

/**
 * The text block of every page in content order (`-raw`, which keeps line-end
 * hyphens as they are), cropped to the theme's margins so running heads and
 * page numbers do not come between the halves of a word broken over a page.
 */
export async function pdfBodyText(path: string, pageSize = 'A5'): Promise<string> {
  const theme = JSON.parse(readFileSync(new URL('../../templates/pdf/theme.json', import.meta.url), 'utf8')) as {
    pageSizes: Record<string, { width: number; height: number; margins: { top: number; bottom: number } }>;
  };
  const size = theme.pageSizes[pageSize]!;
  const crop = ['-x', '0', '-y', String(size.margins.top - 4), '-W', String(Math.ceil(size.width)), '-H', String(Math.ceil(size.height - size.margins.top - size.margins.bottom + 8))];
  return (await run('pdftotext', ['-raw', ...crop, path, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout;
}

/** pdfinfo's report as key → value; `args` such as `-box` or `-f 2 -l 2` add to it. */
export async function pdfinfo(path: string, args: string[] = []): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', [...args, path]);
  return Object.fromEntries(stdout.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
}

/** Each font as pdffonts lists it: name and whether it is embedded. */
export async function pdffonts(path: string): Promise<{ name: string; embedded: boolean }[]> {
  const { stdout } = await run('pdffonts', [path]);
  return stdout.split('\n').slice(2).filter(Boolean).map((l) => {
    const cols = l.trim().split(/\s+/);
    return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
  });
}

export async function qpdfCheck(path: string): Promise<{ ok: boolean; report: string }> {
  const r = await run('qpdf', ['--check', path]).catch((e: { stdout: string; stderr: string }) => ({ stdout: e.stdout, stderr: e.stderr, failed: true }));
  const report = `${r.stdout}${r.stderr}`;
  return { ok: !('failed' in r) && report.includes('No syntax or stream encoding errors found') && !/WARNING/i.test(report), report };
}

export interface Bookmark {
  title: string;
  page: number;
  kids: Bookmark[];
}

export async function bookmarks(path: string): Promise<Bookmark[]> {
  const { stdout } = await run('qpdf', ['--json', '--json-key=outlines', path], { maxBuffer: 64 * 1024 * 1024 });
  type Raw = { title: string; destpageposfrom1: number; kids: Raw[] };
  const walk = (items: Raw[]): Bookmark[] => items.map((i) => ({ title: i.title, page: i.destpageposfrom1, kids: walk(i.kids) }));
  return walk((JSON.parse(stdout) as { outlines: Raw[] }).outlines);
}

/**
 * Text with words broken at a line or page end joined again. A hyphen that
 * was in the word (`ex-` / `Australian`) is joined too: the word checker
 * drops hyphens anyway, so `ex-Australian` compares as one word either way.
 */
export function unhyphenate(text: string): string {
  return text.replace(/(\p{L})-\n\f?(\p{L})/gu, '$1$2');
}
