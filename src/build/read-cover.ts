import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { imageSize } from 'image-size';
import { InputError } from '../errors.js';
import type { CoverImage } from '../render/renderer.js';

/** Far above any print cover (6×9 in at 600 dpi is 3,600 × 5,400 px), far below what hurts a reader. */
const MAX_SIDE = 10_000;
const MAX_BYTES = 50 * 1024 * 1024;

/** The image types every EPUB reader must show (EPUB 3 core media types), as image-size names them. */
const KINDS: Readonly<Record<string, { mediaType: string; extension: string }>> = {
  png: { mediaType: 'image/png', extension: 'png' },
  jpg: { mediaType: 'image/jpeg', extension: 'jpg' },
  gif: { mediaType: 'image/gif', extension: 'gif' },
};

const u32 = (d: Uint8Array, at: number): number => ((d[at]! << 24) | (d[at + 1]! << 16) | (d[at + 2]! << 8) | d[at + 3]!) >>> 0;

/** Bytes per scanline (with its filter byte) times rows, for each interlace pass or the whole image. */
function pngRawLength(width: number, height: number, bitsPerPixel: number, interlaced: boolean): number {
  const rows = (w: number, h: number): number => (w === 0 || h === 0 ? 0 : h * (1 + Math.ceil((w * bitsPerPixel) / 8)));
  if (!interlaced) return rows(width, height);
  // Adam7: each pass's origin and step, across and down.
  const passes = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]] as const;
  return passes.reduce((n, [x, y, dx, dy]) => n + rows(Math.ceil((width - x) / dx), Math.ceil((height - y) / dy)), 0);
}

/** Every chunk whole with its checksum, IHDR first, IEND last, and the pixel data inflating to exactly the image's size. */
function pngProblem(d: Uint8Array): string | null {
  // Loaded here, not imported: most builds have no cover of their own to check.
  const { crc32, inflateSync } = process.getBuiltinModule('node:zlib');
  const channels: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
  const idat: Uint8Array[] = [];
  let header: { width: number; height: number; bits: number; interlaced: boolean } | null = null;
  for (let at = 8; ; ) {
    if (at + 12 > d.length) return 'it ends before its last chunk (truncated)';
    const length = u32(d, at);
    const type = String.fromCharCode(...d.subarray(at + 4, at + 8));
    if (at + 12 + length > d.length) return `its ${type} chunk runs past the end of the file (truncated)`;
    if (crc32(d.subarray(at + 4, at + 8 + length)) !== u32(d, at + 8 + length)) return `its ${type} chunk is damaged (checksum mismatch)`;
    const body = d.subarray(at + 8, at + 8 + length);
    if (header === null) {
      if (type !== 'IHDR' || length < 13) return 'it does not begin with an image header';
      header = { width: u32(body, 0), height: u32(body, 4), bits: body[8]! * (channels[body[9]!] ?? 0), interlaced: body[12] === 1 };
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  if (idat.length === 0 || header.bits === 0) return 'it has no pixel data';
  try {
    const raw = inflateSync(Buffer.concat(idat));
    if (raw.length !== pngRawLength(header.width, header.height, header.bits, header.interlaced)) return 'its pixel data does not match its size';
  } catch {
    return 'its pixel data is damaged';
  }
  return null;
}

/** Segments whole from the start to the scan, a frame header among them, and an end marker after it. */
function jpegProblem(d: Uint8Array): string | null {
  let at = 2;
  let frame = false;
  while (at + 4 <= d.length) {
    if (d[at] !== 0xff) return 'its segments are damaged';
    const marker = d[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = (d[at + 2]! << 8) | d[at + 3]!;
    if (at + 2 + length > d.length) return 'it ends inside a segment (truncated)';
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) frame = true;
    if (marker === 0xda) {
      if (!frame) return 'it has no frame header';
      for (let i = d.length - 2; i > at; i--) if (d[i] === 0xff && d[i + 1] === 0xd9) return null;
      return 'it ends before its end-of-image marker (truncated)';
    }
    at += 2 + length;
  }
  return 'it ends before its image data (truncated)';
}

function gifProblem(d: Uint8Array): string | null {
  return d[d.length - 1] === 0x3b ? null : 'it ends before its trailer (truncated)';
}

const PROBLEM: Readonly<Record<string, (d: Uint8Array) => string | null>> = { png: pngProblem, jpg: jpegProblem, gif: gifProblem };

/**
 * Reads a cover image and checks it before it goes into a book: recognised
 * by its bytes (image-size), not its name; whole (PNG checksums and pixel
 * data, JPEG segments to the end marker, GIF trailer); and of a sane size.
 * A validator or reader must never meet a broken image quire embedded.
 */
export async function readCover(file: string, source: string | null = null): Promise<CoverImage> {
  const where = source === null ? file : `${source}: cover ${file}`;
  const refuse = (why: string): InputError => new InputError(where, `${why}; use a PNG, JPEG or GIF cover of at most ${MAX_SIDE.toLocaleString('en')} px a side.`);
  const name = `"${basename(file)}"`;
  let data: Uint8Array;
  try {
    const size = (await stat(file)).size;
    if (size > MAX_BYTES) throw refuse(`${name} is ${Math.round(size / 1024 / 1024)} MB, more than a cover needs (at most ${MAX_BYTES / 1024 / 1024} MB)`);
    data = await readFile(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(where, `the cover image cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); check the path given to --cover.`);
  }
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(data);
  } catch {
    throw refuse(`${name} is not a PNG, JPEG or GIF image`);
  }
  const kind = KINDS[size.type ?? ''];
  if (kind === undefined) throw refuse(`${name} is not a PNG, JPEG or GIF image (it is ${size.type?.toUpperCase() ?? 'of an unknown kind'}, which e-readers need not show)`);
  if (!(size.width > 0 && size.height > 0)) throw refuse(`${name} has no width or height`);
  if (size.width > MAX_SIDE || size.height > MAX_SIDE) throw refuse(`${name} is ${size.width} × ${size.height} px`);
  const problem = PROBLEM[size.type!]!(data);
  if (problem !== null) throw refuse(`${name} is damaged: ${problem}`);
  return { name: `cover.${kind.extension}`, mediaType: kind.mediaType, data };
}
