import type { DiagnosticSink } from '../diagnostics.js';
import { decodeEntities } from './markup-entities.js';

/**
 * Pidgin (and Finch) keep each conversation as an HTML log (`~/.purple/logs/PROTOCOL/ACCOUNT/BUDDY/DATE.html`):
 * a `<h3>` naming the buddy, the account and the time, then one line a message, `(20:35:12) <b>Alias:</b> text<br/>`
 * in coloured `<font>`s, a message's own line breaks as `<br/>`, status changes with no alias (`Hanka has signed
 * off.`). A story pasted into the conversation is read as in any chat export: the log is written out as Pidgin's
 * own text log writes it (`(20:35:12) Alias: text`, its lines under it), and the chat reader takes the writer's
 * messages as the story and the talk round them out.
 */

/** A message's stamp and alias, as every Pidgin HTML log writes them. */
const MESSAGE = /<font size="2">\((\d{1,2}:\d{2}:\d{2}(?:\s?[AP]M)?)\)<\/font>\s*<b>([^<]{1,60}?):<\/b><\/font>\s?/;
const STATUS = /<font size="2">\((\d{1,2}:\d{2}:\d{2}(?:\s?[AP]M)?)\)<\/font>\s*<b>\s*([^<]*)<\/b>/;
const HEADING = /<h3>([\s\S]*?)<\/h3>/;

export const isPidginHtmlLog = (text: string): boolean => HEADING.test(text.slice(0, 2000)) && text.split('\n', 200).filter((l) => MESSAGE.test(l)).length >= 3;

/** A message's HTML as its text: its line breaks kept, its formatting off. */
const plain = (html: string): string =>
  decodeEntities(
    html
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<[^<>]*>/g, '')
      .replace(/\n+$/, ''),
  );

/** The log as Pidgin's text log writes it: the heading's line, then each message and status line behind its time. */
export function pidginLogText(html: string, sink: DiagnosticSink): string {
  const out: string[] = [plain(HEADING.exec(html)![1]!)];
  let messages = 0;
  for (const line of html.split('\n')) {
    const message = MESSAGE.exec(line);
    const status = message ? null : STATUS.exec(line);
    if (message) {
      messages++;
      out.push(`(${message[1]}) ${message[2]}: ${plain(line.slice(message.index + message[0].length))}`);
    } else if (status) out.push(`(${status[1]}) ${plain(status[2]!).trim()}`);
  }
  sink.info('pidgin-log', 1, `read as a Pidgin conversation log: ${messages} message(s), read as a chat export; lines are the messages', counted from the first`);
  return out.join('\n');
}
