import type { DiagnosticSink } from '../../diagnostics.js';
import { childNamed, isElement, textOf, type XmlElement } from '../xml/xml-tree.js';

/**
 * MSN and Windows Live Messenger kept each contact's history as XML: `<Log>` of `<Message DateTime="…">` with
 * `<From><User FriendlyName="…"/></From>` and `<Text>`, file transfers and joins as other elements. A story
 * pasted into a conversation a message at a time is read as a chat export: the log is written out as one
 * message a line (`[2006-03-14 21:14:18] Elif: text`), and the chat reader takes the writer's messages as the
 * story and the talk round it out.
 */

/** A display name as the chat reader can take it: its first word (MSN's names carry moods and songs: `~*Elif*~ writing, do not disturb :)`). */
function shortName(friendly: string): string {
  return /[\p{L}\p{N}][\p{L}\p{N}_.-]*/u.exec(friendly)?.[0] ?? 'Someone';
}

/** The log as chat-export text, or null when the root is no Messenger log. */
export function messengerLogText(root: XmlElement, sink: DiagnosticSink): string | null {
  if (root.name !== 'Log') return null;
  const messages = root.children.filter(isElement).filter((m) => m.name === 'Message');
  if (messages.length === 0) return null;
  const names = new Map<string, string>();
  const nameOf = (friendly: string): string => {
    if (!names.has(friendly)) {
      const short = shortName(friendly);
      names.set(friendly, [...names.values()].includes(short) ? `${short}${names.size + 1}` : short);
    }
    return names.get(friendly)!;
  };
  const lines = messages.flatMap((m) => {
    const friendly = childNamed(childNamed(m, 'From'), 'User')?.attrs.FriendlyName ?? '';
    const text = textOf(childNamed(m, 'Text'));
    if (text === '') return [];
    const stamp = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})/.exec(m.attrs.DateTime ?? '');
    return [`[${stamp ? `${stamp[1]} ${stamp[2]}` : '2000-01-01 00:00:00'}] ${nameOf(friendly)}: ${text}`];
  });
  sink.info('xml-messenger-log', 1, `read as a Messenger history: ${lines.length} message(s) of ${names.size} people, read as a chat export; lines are the messages', counted from the first`);
  return lines.join('\n');
}
