import { z } from 'zod';

/** `epub:` in quire.yaml, and `--embed-fonts`. */
export const epubOptions = z.strictObject({
  /** Embed the book fonts so every reader shows the same face. */
  'embed-fonts': z.boolean().optional(),
});

export type EpubOptions = z.infer<typeof epubOptions>;
