import { execFile, execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

export interface EpubFiles {
  /** Entry names in zip order. */
  names: string[];
  text(name: string): string;
  bytes(name: string): Uint8Array;
  /** XHTML files of the spine, in reading order. */
  spine(): string[];
}

export function readEpub(path: string): EpubFiles {
  const zipped = readFileSync(path);
  const files = unzipSync(zipped);
  const names = Object.keys(files);
  const bytes = (name: string): Uint8Array => {
    const b = files[name];
    if (b === undefined) throw new Error(`${path} has no ${name}`);
    return b;
  };
  const text = (name: string): string => strFromU8(bytes(name));
  const spine = (): string[] => {
    const opf = text('OEBPS/content.opf');
    const hrefs = new Map([...opf.matchAll(/<item id="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
    return [...opf.matchAll(/<itemref idref="([^"]+)"/g)].map((m) => `OEBPS/${hrefs.get(m[1]!)}`);
  };
  return { names, text, bytes, spine };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The reader-visible text of XHTML: inline tags dropped, block tags made spaces, entities decoded. */
export function xhtmlText(xhtml: string): string {
  const body = xhtml.includes('<body') ? xhtml.slice(xhtml.indexOf('<body')) : xhtml;
  return body
    .replace(/<\/?(?:em|strong|span|a|b|i)\b[^>]*>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (_, e: string) =>
      e.startsWith('#x') || e.startsWith('#X') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e] ?? `&${e};`),
    );
}

function epubcheckJar(): string | null {
  try {
    const files = execFileSync('dpkg', ['-L', 'epubcheck'], { encoding: 'utf8' });
    return files.split('\n').find((f) => f.endsWith('epubcheck.jar')) ?? null;
  } catch {
    return null;
  }
}

export const EPUBCHECK_JAR = epubcheckJar();

/** Validator tests run wherever epubcheck is installed, and always under CI, where its absence is a failure. */
export const RUN_EPUBCHECK = EPUBCHECK_JAR !== null || process.env.CI === 'true';

/**
 * How long one epubcheck test may take. The JVM alone takes ten seconds or more on a busy two-core
 * machine where several test files run side by side; this guards against a hang, not a slow run.
 */
export const EPUBCHECK_TIMEOUT = 180_000;

/** The JVM running EpubcheckEach.java for this test worker (its files share modules), started at its first check; null where Java cannot compile it. */
let checker: { write(path: string): Promise<string> } | null | undefined;

function startChecker(jar: string): { write(path: string): Promise<string> } | null {
  // Java runs a single source file itself only where the JDK's compiler module is installed.
  const modules = execFileSync('java', ['--list-modules'], { encoding: 'utf8' });
  if (!/^jdk\.compiler@/m.test(modules)) return null;
  const source = fileURLToPath(new URL('./EpubcheckEach.java', import.meta.url));
  // It is a JVM serving a handful of books: the client compiler alone and the serial collector halve its CPU
  // time, which the parallel test files share.
  const child = spawn('java', ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-cp', jar, source], { stdio: ['pipe', 'pipe', 'pipe'] });
  const waiting: { resolve(report: string): void; reject(e: Error): void }[] = [];
  let pending = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    pending += chunk;
    for (let end = pending.indexOf('\n\0\n'); end >= 0; end = pending.indexOf('\n\0\n')) {
      waiting.shift()?.resolve(pending.slice(0, end));
      pending = pending.slice(end + 3);
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  child.on('close', (code) => {
    checker = undefined;
    for (const w of waiting.splice(0)) w.reject(new Error(`epubcheck stopped (exit ${code}) before its report:\n${stderr}${pending}`));
  });
  // The test worker's process ends without waiting for it: the closed stdin ends the JVM's loop.
  child.unref();
  (child.stdin as unknown as { unref(): void }).unref();
  (child.stdout as unknown as { unref(): void }).unref();
  (child.stderr as unknown as { unref(): void }).unref();
  return {
    write: (path) =>
      new Promise<string>((resolve, reject) => {
        waiting.push({ resolve, reject });
        child.stdin.write(`${path}\n`);
      }),
  };
}

/** One report from epubcheck's command line: from the worker's running JVM, or else from a JVM of its own. */
async function epubcheckReport(jar: string, path: string): Promise<string> {
  if (checker === undefined) checker = startChecker(jar);
  if (checker !== null && !path.includes('\n')) return checker.write(path);
  // epubcheck exits 1 when it finds errors; the report is what matters.
  const r = await promisify(execFile)('java', ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-jar', jar, path], { encoding: 'utf8' }).catch((e: { stdout: string; stderr: string }) => e);
  return `${r.stdout}\n${r.stderr}`;
}

/** Runs W3C epubcheck (Debian's package) and returns its message counts and report. */
export async function epubcheck(path: string): Promise<{ fatals: number; errors: number; warnings: number; report: string }> {
  if (EPUBCHECK_JAR === null) throw new Error('epubcheck is not installed: apt-get install epubcheck');
  const report = await epubcheckReport(EPUBCHECK_JAR, path);
  const counts = /Messages: (\d+) fatals? \/ (\d+) errors? \/ (\d+) warnings?/.exec(report);
  if (!counts) throw new Error(`epubcheck gave no summary for ${path}:\n${report}`);
  return { fatals: Number(counts[1]), errors: Number(counts[2]), warnings: Number(counts[3]), report };
}
