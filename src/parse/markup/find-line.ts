/**
 * The first line at or after `from` that passes `test`, or -1, remembered
 * per `key`: a closer searched for again from a later line is not searched
 * for again, so a file of a thousand openers that never close stays linear.
 */
export function lineFinder(lines: readonly string[]): (key: string, from: number, test: (line: string) => boolean) => number {
  const found = new Map<string, { from: number; at: number }>();
  return (key, from, test) => {
    const last = found.get(key);
    if (last && from >= last.from && (last.at === -1 || from <= last.at)) return last.at;
    let at = -1;
    for (let k = from; k < lines.length; k++) {
      if (test(lines[k]!)) {
        at = k;
        break;
      }
    }
    found.set(key, { from, at });
    return at;
  };
}
