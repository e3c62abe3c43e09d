import { z } from 'zod';

/**
 * `pdf:` in quire.yaml, and `--page-size`, `--recto`: read by the PDF and
 * by the renderers made from its pages (imposed, cover, calibration). A
 * book's `page-size:` key is the same setting.
 */
export const pdfOptions = z.strictObject({
  /** A preset of the PDF theme (`A5`, `Letter`, `6x9`) or a custom size (`140x216mm`); checked against the theme when the build is planned. */
  'page-size': z.string().min(1).optional(),
  /** Open every chapter on a right-hand page. */
  recto: z.boolean().optional(),
});

export type PdfOptions = z.infer<typeof pdfOptions>;
