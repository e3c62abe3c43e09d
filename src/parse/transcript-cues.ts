import type { DiagnosticSink } from '../diagnostics.js';
import type { Line } from './lines.js';

/**
 * A video's transcript copied from its panel (YouTube's `Show transcript`): each caption cue a time on its own line
 * (`0:52`, `1:02:07`) over the cue's words, a sentence running on over several cues, and the video's chapter names
 * on lines of their own between the cues. The times are the player's; the sound cues alone on a line (`[Music]`,
 * `[Muziki]`, `[Applause]`) are no words of the story. The cues' words are set as one paragraph per chapter, each
 * chapter name apart from them; the lines move down over the times, each keeping its source line number.
 */

const TIME = /^(?:\d{1,2}:)?\d{1,2}:\d{2}$/;
const SOUND = /^\[[^\][]{1,30}\]$|^♪+$/u;
/** Cues in a run before the run is believed to be a transcript rather than a list of times (a video's chapter carousel). */
const MIN_CUES = 6;

/** A time in seconds: `1:02:07` is 3727. */
const seconds = (t: string): number => t.split(':').reduce((n, part) => n * 60 + Number(part), 0);

export function joinTranscriptCues(lines: Line[], sink: DiagnosticSink): void {
  // A video's times start at its beginning (`0:00`) and only go forward; a day's timetable in a story (`6:30` /
  // `Breakfast`) starts at its hour, and keeps its times.
  let started = false;
  for (let i = 0; i < lines.length; i++) {
    if (!TIME.test(lines[i]!.trimmed)) continue;
    // The run: from a chapter name straight over its first time, to the first blank line.
    const from = i > 0 && !lines[i - 1]!.blank && !TIME.test(lines[i - 1]!.trimmed) && (i < 2 || lines[i - 2]!.blank || !TIME.test(lines[i - 2]!.trimmed)) ? i - 1 : i;
    let to = i;
    let cues = 0;
    while (to < lines.length && !lines[to]!.blank) {
      if (TIME.test(lines[to]!.trimmed) && lines[to + 1] && !lines[to + 1]!.blank && !TIME.test(lines[to + 1]!.trimmed)) cues++;
      to++;
    }
    const times = lines.slice(i, to).filter((l) => TIME.test(l.trimmed)).map((l) => seconds(l.trimmed));
    const forward = times.every((t, k) => k === 0 || t >= times[k - 1]!);
    if (cues < MIN_CUES || !forward || (!started && times[0]! >= 60)) {
      i = to;
      continue;
    }
    started = true;
    rewrite(lines, from, to, sink, cues);
    i = to;
  }
}

function rewrite(lines: Line[], from: number, to: number, sink: DiagnosticSink, cues: number): void {
  const blankAt = (l: Line): Line => ({ ...l, text: '', trimmed: '', indent: 0, blank: true });
  const out: Line[] = [];
  let names = 0;
  for (let k = from; k < to; k++) {
    const line = lines[k]!;
    if (TIME.test(line.trimmed)) continue;
    const cue = k > 0 && TIME.test(lines[k - 1]!.trimmed);
    if (cue) {
      if (!SOUND.test(line.trimmed)) out.push(line);
      continue;
    }
    // A line no time stands over is the video's chapter name.
    if (out.length > 0) out.push(blankAt(line));
    out.push(line, blankAt(line));
    names++;
  }
  if (out.length > to - from) return;
  // (The lines the times stood on are blank ones before the run, where a gap parts nothing of the story.)
  while (out.length < to - from) out.unshift(blankAt(lines[from]!));
  lines.splice(from, to - from, ...out);
  sink.info('transcript-cues', lines[from]!.no, `a video transcript of ${cues} caption cues: their times and sound cues left out, their words joined${names > 0 ? `, ${names} chapter name${names > 1 ? 's' : ''} read as headings` : ''}`);
}
