import { dropScanNotice } from './scan-notice.js';
import type { DiagnosticSink } from '../diagnostics.js';
import type { Manuscript } from '../model.js';
import { findArchiveFrame } from './archive.js';
import { findSocialThread } from './social-thread.js';
import { findFountainScript } from './fountain-script.js';
import { findForumThread } from './forum-thread.js';
import { findMessageSeries } from './message-series.js';
import { findThreadmarkLines } from './threadmark-lines.js';
import { findSignedEntries } from './signed-entries.js';
import { findLetterSections } from './letter-sections.js';
import { findLabelFamilies } from './label-families.js';
import { findBylineTitles } from './byline-titles.js';
import { findChatExport } from './chat-export.js';
import { findCaptionPosts } from './caption-posts.js';
import { unboxLines } from './comment-boxes.js';
import { dropRunningHeads } from './running-heads.js';
import { dropCopyCitations, fillFromCitation } from './copy-citations.js';
import { cutNewspaperPage } from './newspaper-page.js';
import { joinLineEndHyphens } from './line-end-hyphens.js';
import { readGophermap } from './gophermap.js';
import { blankSpacerLines } from './spacer-lines.js';
import { joinTranscriptCues } from './transcript-cues.js';
import { buildChapters, buildFrontSections, isChapterHeading, openingChapter } from './chapters.js';
import { readFrontMatter } from './front-matter.js';
import { detectLayout } from './layout.js';
import { toLineBlocks, toLines } from './lines.js';
import { resolveHeadings } from './resolve-headings.js';
import { ao3WorkEndNotes, closingNoteSection, placeStoryNotes, notesBesideChapters } from './story-notes.js';
import { dropContributorBio } from './contributor-bio.js';
import { titleFromOpeningNote } from './note-titles.js';
import { titleFromRunningLine } from './running-title.js';
import { stripGameBookTags } from './game-book-tags.js';
import { readDialogueScript } from './dialogue-script.js';
import { dropTaskLists } from './task-lists.js';
import { readFormAnswers } from './form-answers.js';
import { dropChapterStamps } from './chapter-stamps.js';
import { readClosingBox } from './closing-box.js';
import { markNameLines } from './name-markers.js';
import { readRuledBoxes } from './ruled-boxes.js';
import { buildUnits } from './units.js';
import { firstDateEntry } from './date-headings.js';
import { dropEditionSections } from './edition-sections.js';
import { dropClosingTail } from './closing-tail.js';
import { dropHeaderCopies, dropRepeatedFurniture } from './repeated-furniture.js';
import { dropWatermarks } from './watermarks.js';
import { numberFromTitle } from './title-part.js';
import { dropChapterCredits, dropHeadingBylines } from './heading-bylines.js';
import { skipRepeatedHeaderFields } from './repeated-header.js';
import { lowerLetterBreaks } from './letter-breaks.js';
import { dropNextInstallment } from './next-installment.js';
import { tidyNames } from './title-line.js';
import { applyUnitLevers, type StructureLevers } from './levers.js';
import { markUnknownNoteLabels } from './unknown-note-labels.js';
import { mergeRepeatedHeadings } from './repeated-headings.js';
import { demoteTailHeading } from './tail-headings.js';
import { applyMarkedHeadings, firstMarked, type MarkedHeadings } from './marked-headings.js';

export interface ParseOptions {
  file: string;
  encoding: string;
  sink: DiagnosticSink;
  /** A Markdown file that is one chapter of a folder-book: its heading is a chapter heading, never the title. */
  chapterFile?: boolean;
  /** A person's corrections to the structure (quire.yaml `structure:`); plain text only. */
  levers?: StructureLevers;
  /** Lines of the text (1-based) that a page's markup marks as headings, read as such (`src/parse/marked-headings.ts`). */
  markedHeadings?: MarkedHeadings;
}

/**
 * Plain text to a Manuscript, in passes: archive frame, paragraph layout,
 * units, headings in context, front matter, chapters, story-level notes.
 */
export function parseText(text: string, options: Readonly<ParseOptions>): Manuscript {
  const { sink } = options;
  const lines = toLines(text);
  joinTranscriptCues(lines, sink);
  const named = options.levers?.headings;
  const firstNamed = named ? lines.findIndex((l) => named.test(l.trimmed)) : -1;
  readGophermap(lines, sink);
  stripGameBookTags(lines, sink);
  readDialogueScript(lines, sink);
  dropTaskLists(lines, sink);
  readFormAnswers(lines, sink);
  blankSpacerLines(lines, sink);
  unboxLines(lines, sink);
  const citations = dropCopyCitations(lines, sink);
  dropScanNotice(lines, sink);
  dropRunningHeads(lines, sink);
  cutNewspaperPage(lines, sink);
  joinLineEndHyphens(lines, sink);
  const thread = findFountainScript(lines, sink) ?? findSocialThread(lines, sink) ?? findCaptionPosts(lines, sink) ?? findChatExport(lines, sink) ?? findForumThread(lines, sink) ?? findMessageSeries(lines, sink) ?? findThreadmarkLines(lines, sink) ?? findSignedEntries(lines, sink);
  for (const [i, line] of thread?.rewritten ?? []) lines[i] = line;
  const pieces = findBylineTitles(lines, sink);
  const letters = findLetterSections(lines, sink);
  // (A chat export's headings may be none: its installments still carry their own.)
  const families = (thread?.headings?.size ?? 0) > 0 || pieces || letters ? null : findLabelFamilies(lines, sink, thread?.chrome, thread?.starts);
  const found = thread?.headings || pieces || letters || families;
  const marked = found ? new Map([...(families ?? []), ...(options.markedHeadings ?? []), ...(thread?.headings ?? []), ...(pieces?.headings ?? []), ...(letters ?? [])]) : options.markedHeadings;
  // The header zone stops at a heading the user named or the markup marked, or at the first of a set of dated entries.
  const limit = Math.min(firstNamed === -1 ? lines.length : firstNamed, firstMarked(marked), firstDateEntry(lines));
  const frame = findArchiveFrame(lines, sink, limit, thread);
  for (const i of pieces?.skip ?? []) frame.skip.add(i);
  skipRepeatedHeaderFields(lines, frame, sink);
  const bodyLines = lines.slice(frame.from, frame.to);
  const layout = detectLayout(bodyLines, toLineBlocks(bodyLines));
  // The citations come back as skipped lines, so that the units around them keep the gap they had.
  for (const [i, line] of citations.dropped) {
    lines[i] = line;
    frame.skip.add(i);
  }
  const units0 = buildUnits(lines, frame.from, frame.to, frame.skip, layout, frame.pageHeadings, frame.lineHeadings);
  // A family of headings the text shows, glued under a heading of another kind (`Parte Prima – L'Acqua` / `Capìtoło 1 – …`),
  // is known before the headings are weighed as a set, or the part would be read as the chapter.
  const glued = families !== null && [...families.keys()].some((no) => lines[no - 2]?.blank === false);
  const built = glued ? applyMarkedHeadings(units0, families) : units0;
  readRuledBoxes(built, sink);
  markNameLines(built, sink);
  resolveHeadings(built, layout, sink);
  lowerLetterBreaks(built, sink);
  // Headings the markup or the text marks are known before the chapters' edges are looked at for furniture.
  const guessed = applyMarkedHeadings(built, marked);
  demoteTailHeading(guessed, lines, sink);
  dropEditionSections(guessed, sink);
  dropClosingTail(guessed, sink);
  dropWatermarks(guessed, sink);
  dropChapterStamps(guessed, sink);
  const cardName = frame.kind === null ? dropRepeatedFurniture(guessed, lines, frame.skip, frame.title, sink) : null;
  if (frame.kind === null) dropHeaderCopies(guessed, lines, frame.skip, frame.from, sink);
  markUnknownNoteLabels(guessed, lines, sink);
  const units = applyUnitLevers(guessed, options.levers ?? {}, sink);
  const live = units.filter((u) => u.kind !== 'dropped');
  const partsAreChapters = !live.some((u) => u.heading?.level === 'chapter');
  const firstHeading = live.findIndex((u) => isChapterHeading(u, partsAreChapters) && u.heading?.level !== 'front' || u.heading?.level === 'part');
  const headed = firstHeading !== -1;
  const front = readFrontMatter(live, headed ? firstHeading : live.length, headed, frame, layout, sink, (pieces?.first ?? null) !== null);
  tidyNames(front.meta);
  fillFromCitation(front.meta, citations.cited, sink);
  const chapters = buildChapters(live, front.bodyStart, layout, sink);
  mergeRepeatedHeadings(chapters, sink);
  const opening = openingChapter(front.rest, chapters, layout, sink, pieces?.first ?? null);
  if (opening) chapters.unshift(opening);
  const frontSections = opening ? [] : buildFrontSections(front.rest, layout, sink);
  const manuscript: Manuscript = {
    type: 'manuscript',
    file: options.file,
    encoding: options.encoding,
    meta: front.meta,
    notesBefore: front.notes,
    notesAfter: [],
    front: frontSections,
    chapters,
    diagnostics: [],
  };
  closingNoteSection(manuscript, sink);
  placeStoryNotes(manuscript, headed);
  titleFromOpeningNote(manuscript, sink);
  titleFromRunningLine(manuscript, lines, sink);
  if (manuscript.meta.author === null && cardName !== null && cardName.name !== manuscript.meta.title) {
    manuscript.meta.author = cardName.name;
    sink.info('author-card', cardName.line, `author taken from the name opening the site's card under every chapter heading ("${cardName.name}")`);
  }
  readClosingBox(lines, manuscript, sink);
  ao3WorkEndNotes(manuscript, lines, sink);
  notesBesideChapters(manuscript, lines, thread?.afterWork ?? new Set(), sink);
  dropContributorBio(manuscript, sink);
  numberFromTitle(manuscript, sink);
  dropHeadingBylines(manuscript, sink);
  dropChapterCredits(manuscript, sink);
  dropNextInstallment(manuscript, sink);
  manuscript.diagnostics = sink.sorted();
  return manuscript;
}
