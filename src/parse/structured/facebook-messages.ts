import type { DiagnosticSink } from '../../diagnostics.js';
import { isObject } from './json-blocks.js';

/**
 * Facebook's and Instagram's "Download your information" keep a conversation as `message_1.json`: `participants`
 * and `messages`, each `{sender_name, timestamp_ms, content}` (photos, reactions and calls as other keys), newest
 * first. A story sent to a friend a message at a time is read as a chat export: the messages, oldest first, one
 * to a line under its stamp (`[2023-03-11 20:33:36] Zofia Król: text`, a message's further paragraphs on the lines
 * under it), and the chat reader takes the writer's messages as the story and the talk round them out.
 */

interface Message {
  sender: string;
  at: number;
  content: string;
}

/**
 * Facebook writes each byte of a string's UTF-8 as a character of its own (`Kr\u00c3\u00b3l` for `Król`): such a
 * string, every character below U+0100 and its bytes well-formed UTF-8, is read back from its bytes.
 */
export function undoByteEscapes(text: string): string {
  if (!/[\u0080-\u00ff]/.test(text) || /[^\u0000-\u00ff]/.test(text)) return text;
  const decoded = Buffer.from(text, 'latin1').toString('utf8');
  return decoded.includes('\uFFFD') ? text : decoded;
}

const stampOf = (ms: number): string => new Date(ms).toISOString().replace('T', ' ').slice(0, 19);

/** The conversation as chat-export text, or null when the value is no Messenger conversation. */
export function facebookMessagesText(value: Record<string, unknown>, sink: DiagnosticSink): string | null {
  if (!Array.isArray(value.participants) || !Array.isArray(value.messages)) return null;
  const messages: Message[] = [];
  for (const m of value.messages) {
    if (!isObject(m) || typeof m.sender_name !== 'string' || typeof m.timestamp_ms !== 'number') return null;
    // (A photo, a sticker, a call: no words of anyone's.)
    if (typeof m.content !== 'string' || m.content.trim() === '') continue;
    messages.push({ sender: undoByteEscapes(m.sender_name), at: m.timestamp_ms, content: undoByteEscapes(m.content) });
  }
  if (messages.length === 0) return null;
  messages.sort((a, b) => a.at - b.at);
  const people = new Set(messages.map((m) => m.sender));
  sink.info('json-facebook-messages', 1, `read as a Facebook Messenger conversation: ${messages.length} message(s) of ${people.size} people, oldest first, read as a chat export; lines are the messages', counted from the oldest`);
  return messages.map((m) => `[${stampOf(m.at)}] ${m.sender}: ${m.content.replace(/\r\n?/g, '\n')}`).join('\n');
}
