import { execFile, execFileSync } from 'node:child_process';
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

/** Runs W3C epubcheck (Debian's package) and returns its message counts and report. */
export async function epubcheck(path: string): Promise<{ fatals: number; errors: number; warnings: number; report: string }> {
  if (EPUBCHECK_JAR === null) throw new Error('epubcheck is not installed: apt-get install epubcheck');
  // epubcheck exits 1 when it finds errors; the report is what matters. It is a short-lived JVM: the client
  // compiler alone and the serial collector halve its CPU time, which the parallel test files share.
  const r = await promisify(execFile)('java', ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-jar', EPUBCHECK_JAR, path], { encoding: 'utf8' }).catch((e: { stdout: string; stderr: string }) => e);
  const report = `${r.stdout}\n${r.stderr}`;
  const counts = /Messages: (\d+) fatals? \/ (\d+) errors? \/ (\d+) warnings?/.exec(report);
  if (!counts) throw new Error(`epubcheck gave no summary for ${path}:\n${report}`);
  return { fatals: Number(counts[1]), errors: Number(counts[2]), warnings: Number(counts[3]), report };
}
