const ASCII: Readonly<Record<string, string>> = { '‘': "'", '’': "'", '“': '"', '”': '"', '…': '...', '—': '--', '–': '-', '\u00A0': ' ' };

/** Typography back to ASCII for readers and tools that want it (`--ascii` for plain text). */
export function toAscii(text: string): string {
  return text.replace(/[‘’“”…—–\u00A0]/g, (c) => ASCII[c] ?? c);
}
