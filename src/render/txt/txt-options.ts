import { z } from 'zod';

/** `txt:` in quire.yaml, and `--width`, `--crlf`, `--ascii`. */
export const txtOptions = z.strictObject({
  /** Columns to wrap at; 0 for a paragraph per line. The theme's width when left out. */
  width: z.number().int().min(0).optional(),
  /** Windows line endings. */
  crlf: z.boolean().optional(),
  /** Typography folded back to ASCII quotes, dashes and dots. */
  ascii: z.boolean().optional(),
});

export type TxtOptions = z.infer<typeof txtOptions>;
