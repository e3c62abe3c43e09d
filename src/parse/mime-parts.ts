/**
 * MIME's parts (RFC 2045/2046), as a saved mail and a browser's single-file page (MHTML) hold them: headers over
 * a body, the body in its transfer encoding and charset, a multipart's parts between its boundary lines.
 */

export const HEADER = /^([A-Za-z][\w-]*):[ \t]?(.*)$/;

export interface Part {
  headers: Map<string, string>;
  body: string[];
}

/** Headers (continuation lines joined) and the body after the first blank line. */
export function splitPart(lines: readonly string[]): Part {
  const headers = new Map<string, string>();
  let last = '';
  let i = 0;
  for (; i < lines.length && lines[i]!.trim() !== ''; i++) {
    const l = lines[i]!;
    if (/^[ \t]/.test(l) && last !== '') headers.set(last, `${headers.get(last)!} ${l.trim()}`);
    else {
      const m = HEADER.exec(l);
      if (m) headers.set((last = m[1]!.toLowerCase()), m[2]!.trim());
    }
  }
  return { headers, body: lines.slice(i + 1) };
}

const param = (value: string | undefined, name: string): string | null => new RegExp(`;\\s*${name}="?([^";]+)"?`, 'i').exec(value ?? '')?.[1] ?? null;

/** A part's text as its transfer encoding and charset say. */
export function decoded(part: Part): string[] {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  let text = part.body.join('\n');
  const bytes = (s: string): string => new TextDecoder(param(part.headers.get('content-type'), 'charset') ?? 'utf-8', { fatal: false }).decode(Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff));
  if (encoding === 'quoted-printable') text = bytes(text.replace(/=\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
  else if (encoding === 'base64') text = bytes(atob(text.replace(/\s+/g, '')));
  const lines = text.split('\n');
  // format=flowed: a line ending in a space runs on into the next.
  if (/format=flowed/i.test(part.headers.get('content-type') ?? '')) {
    const out: string[] = [];
    for (const l of lines) {
      if (out.length > 0 && / $/.test(out[out.length - 1]!) && out[out.length - 1] !== '-- ') out[out.length - 1] += l;
      else out.push(l);
    }
    return out.map((l) => (l === '-- ' ? l : l.replace(/ +$/, '')));
  }
  return lines;
}

/** The parts of a multipart, each split into its headers and body. */
export function subparts(part: Part): Part[] {
  const boundary = param(part.headers.get('content-type'), 'boundary');
  if (!boundary) return [];
  const parts: string[][] = [];
  let current: string[] | null = null;
  for (const l of part.body) {
    if (l.startsWith(`--${boundary}`)) {
      if (current) parts.push(current);
      current = l.startsWith(`--${boundary}--`) ? null : [];
    } else current?.push(l);
  }
  return parts.map(splitPart);
}

