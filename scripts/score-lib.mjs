// The comparison rules of ../shared/STRUCTURE-TRUTH.md, one check per fact.

const fold = (s) =>
  s == null ? s : String(s).normalize('NFC').replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"').replace(/\s+/g, ' ').trim();
const title = (s) => (s == null ? null : fold(s).toLowerCase().replace(/\.+$/, '').trim());
const token = (w) => fold(w).replace(/^[*_]+|[*_]+$/g, '');
const firstWords = (s) => (s == null ? '' : fold(s).split(' ').filter(Boolean).slice(0, 5).map(token).join(' '));

/** Each check of one manuscript: what it is, whether it holds, and both values for the report. */
export function scoreManuscript(truth, got, error) {
  const checks = [];
  const check = (name, ok, expected, actual) => checks.push({ check: name, ok, expected, got: actual });
  if (truth.expect === 'error') {
    check('refused', got === null && error != null, 'an error', got === null ? String(error?.message ?? error) : 'parsed');
    return { score: checks[0].ok ? 1 : 0, checks };
  }
  if (got === null) {
    check('parsed', false, 'a manuscript', String(error?.message ?? error));
    return { score: 0, checks };
  }
  check('title', fold(truth.title) === fold(got.title), truth.title, got.title);
  check('author', fold(truth.author) === fold(got.author), truth.author, got.author);
  const d = truth.description == null ? null : fold(truth.description);
  check('description', d === null ? got.description == null : fold(got.description ?? '').startsWith(d), truth.description, got.description?.slice(0, 100) ?? null);
  const fields = Object.fromEntries(Object.entries(got.fields ?? {}).map(([k, v]) => [k.toLowerCase(), fold(v)]));
  for (const [k, v] of Object.entries(truth.fields ?? {})) check('field', fields[k.toLowerCase()] === fold(v), `${k}: ${v}`, fields[k.toLowerCase()] === undefined ? null : `${k}: ${fields[k.toLowerCase()]}`);
  check('chapterCount', truth.chapters.length === got.chapters.length, truth.chapters.length, got.chapters.length);
  truth.chapters.forEach((t, i) => {
    const c = got.chapters[i];
    const at = `#${i + 1}`;
    if (c === undefined) {
      for (const name of ['number', 'title', 'part', 'firstWords', 'sceneBreaks', 'povMarkers', 'notesBefore', 'notesAfter']) check(`ch.${name}`, false, `${at} ${JSON.stringify(t[name])}`, 'no such chapter');
      return;
    }
    // Unnumbered chapters may also be numbered 1..n in reading order.
    check('ch.number', t.number === c.number || (t.number === null && c.number === i + 1), `${at} ${t.number}`, c.number);
    check('ch.title', title(t.title) === title(c.title), `${at} ${t.title}`, c.title);
    check('ch.part', title(t.part) === title(c.part), `${at} ${t.part}`, c.part);
    check('ch.firstWords', firstWords(t.firstWords) === firstWords(c.firstWords), `${at} ${t.firstWords}`, c.firstWords);
    check('ch.sceneBreaks', t.sceneBreaks === c.sceneBreaks, `${at} ${t.sceneBreaks}`, c.sceneBreaks);
    check('ch.povMarkers', JSON.stringify((t.povMarkers ?? []).map(fold)) === JSON.stringify(c.povMarkers.map(fold)), `${at} ${JSON.stringify(t.povMarkers)}`, c.povMarkers);
    check('ch.notesBefore', t.notesBefore === c.notesBefore.length, `${at} ${t.notesBefore}`, c.notesBefore.length);
    check('ch.notesAfter', t.notesAfter === c.notesAfter.length, `${at} ${t.notesAfter}`, c.notesAfter.length);
  });
  check('storyNotesBefore', truth.storyNotesBefore === got.notesBefore.length, truth.storyNotesBefore, got.notesBefore.length);
  check('storyNotesAfter', truth.storyNotesAfter === got.notesAfter.length, truth.storyNotesAfter, got.notesAfter.length);
  const tolerance = Math.max(10, truth.bodyWordCount * 0.02);
  check('bodyWordCount', Math.abs(truth.bodyWordCount - got.wordCount) <= tolerance, truth.bodyWordCount, got.wordCount);
  return { score: checks.filter((c) => c.ok).length / checks.length, checks };
}
