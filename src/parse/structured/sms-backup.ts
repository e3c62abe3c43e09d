import type { DiagnosticSink } from '../../diagnostics.js';
import { isElement, type XmlElement } from '../xml/xml-tree.js';

/**
 * Android's SMS Backup & Restore writes a phone's messages as `<smses>` of `<sms body="…" address="…" type="1"
 * contact_name="…" date="…"/>` (type 1 received, 2 sent), picture messages as `<mms>` with their text in `<part
 * ct="text/plain" text="…"/>`. A story sent in installments by text message is the messages of the one who wrote the
 * most words, oldest first, one paragraph block each; the others' messages (a reply, the network's offers) are not.
 */

interface Sms {
  sender: string;
  date: number;
  body: string;
}

function messagesOf(root: XmlElement): Sms[] {
  const out: Sms[] = [];
  for (const el of root.children.filter(isElement)) {
    const a = el.attrs;
    // The phone's owner sent type 2 (an MMS's box 2); everyone else is known by name or number.
    const mine = el.name === 'sms' ? a.type === '2' : a.msg_box === '2';
    const sender = mine ? '' : (a.contact_name && a.contact_name !== '(Unknown)' ? a.contact_name : (a.address ?? '?'));
    const body = el.name === 'sms' ? (a.body ?? '') : textParts(el);
    if (body.trim() !== '') out.push({ sender, date: Number(a.date ?? 0), body: body.replace(/\r\n?/g, '\n') });
  }
  return out.sort((x, y) => x.date - y.date);
}

/** An MMS's text: its `text/plain` parts, in order. */
function textParts(el: XmlElement): string {
  const parts: string[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children.filter(isElement)) {
      if (c.name === 'part' && c.attrs.ct === 'text/plain' && c.attrs.text) parts.push(c.attrs.text);
      walk(c);
    }
  };
  walk(el);
  return parts.join('\n');
}

/** The backup's story as plain text, or null when the root is no SMS backup. */
export function smsBackupText(root: XmlElement, sink: DiagnosticSink): string | null {
  if (root.name !== 'smses' && root.name !== 'allsms') return null;
  const messages = messagesOf(root);
  if (messages.length === 0) return null;
  const words = new Map<string, number>();
  for (const m of messages) words.set(m.sender, (words.get(m.sender) ?? 0) + m.body.split(/\s+/).filter(Boolean).length);
  const writer = [...words].sort((a, b) => b[1] - a[1])[0]![0];
  const mine = messages.filter((m) => m.sender === writer);
  const left = messages.length - mine.length;
  sink.info(
    'xml-sms-backup',
    1,
    `read as an SMS backup: the ${mine.length} message${mine.length > 1 ? 's' : ''} of ${writer === '' ? "the phone's owner" : writer} read as the text${left > 0 ? `, ${left} of others left out` : ''}; lines are the text's own, counted from its first`,
  );
  return mine.map((m) => m.body.trim()).join('\n\n');
}
