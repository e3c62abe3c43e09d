const ASCII: Readonly<Record<string, string>> = {
  '‘': "'", '’': "'", '‚': "'", '‹': "'", '›': "'",
  '“': '"', '”': '"', '„': '"', '«': '"', '»': '"',
  '…': '...', '—': '--', '–': '-', '\u00A0': ' ', '\u202F': ' ',
};

/**
 * Typography back to ASCII for readers and tools that want it (`--ascii` for
 * plain text): every language's quote marks become straight quotes, and the
 * narrow space French sets inside guillemets goes with them (`« Oui »` → `"Oui"`).
 */
export function toAscii(text: string): string {
  return text
    .replace(/«\u202F/g, '«')
    .replace(/\u202F»/g, '»')
    .replace(/[‘’‚‹›“”„«»…—–\u00A0\u202F]/g, (c) => ASCII[c] ?? c);
}
