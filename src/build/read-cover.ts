import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { InputError } from '../errors.js';
import type { CoverImage } from '../render/renderer.js';

/** The image types every EPUB reader must show (EPUB 3 core media types). */
const SIGNATURES: readonly { mediaType: string; extension: string; magic: number[] }[] = [
  { mediaType: 'image/png', extension: 'png', magic: [0x89, 0x50, 0x4e, 0x47] },
  { mediaType: 'image/jpeg', extension: 'jpg', magic: [0xff, 0xd8, 0xff] },
  { mediaType: 'image/gif', extension: 'gif', magic: [0x47, 0x49, 0x46, 0x38] },
];

/** Reads `--cover FILE`, recognising the image by its bytes rather than its name. */
export async function readCover(file: string): Promise<CoverImage> {
  let data: Uint8Array;
  try {
    data = await readFile(file);
  } catch (error) {
    throw new InputError(file, `the cover image cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); check the path given to --cover.`);
  }
  const kind = SIGNATURES.find((s) => s.magic.every((byte, i) => data[i] === byte));
  if (kind === undefined) throw new InputError(file, `"${basename(file)}" is not a PNG, JPEG or GIF image; convert the cover to one of those.`);
  return { name: `cover.${kind.extension}`, mediaType: kind.mediaType, data };
}
