import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const family = (style: string): string => require.resolve(`@expo-google-fonts/eb-garamond/${style}/EBGaramond_${style}.ttf`);

/**
 * EB Garamond (SIL OFL 1.1) from `@expo-google-fonts/eb-garamond`: static TTF
 * files, which both pdfkit and EPUB readers take (WOFF2 crashes pdfkit).
 * Paths into node_modules, so nothing is copied into the repository.
 */
export const BOOK_FONT = {
  name: 'EB Garamond',
  regular: family('400Regular'),
  italic: family('400Regular_Italic'),
  bold: family('700Bold'),
  boldItalic: family('700Bold_Italic'),
} as const;
