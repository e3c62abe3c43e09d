/**
 * How chat apps write a conversation they export as text: each message behind a prefix naming its sender
 * (and its time), the app's own notices between them. Data for `parse/chat-export.ts`.
 */
export interface ChatFormat {
  id: string;
  /** A message's first line: the sender in group 1, the text in group 2. */
  message: RegExp;
  /** The app's notices and date dividers: `… - Messages are end-to-end encrypted`, `----- 2021년 3월 5일 -----`. */
  notice: RegExp;
  /** The share of a file's lines that must be message lines, when a message's text runs on under its header line. */
  share?: number;
  /** The app wraps a message of several lines in double quotes (LINE's `Save chat`): they are not the writer's. */
  quotesMultiline?: boolean;
  /** The export is a CSV file: a message holding a comma, a quote or a line break is quoted, its quotes doubled. */
  csv?: boolean;
  /** Quoted columns the CSV sets after the message's text (attachments, reactions), on its last line: not the text. */
  columnsAfter?: number;
  /** Lines the app hangs on a message (reactions, a quoted reply): not its text, and no end to it either. */
  attached?: RegExp;
  /** Text every message line holds: the cheap test before `message`, whose lazy sender would scan every line of a book. */
  needs?: string;
}

const DATE = String.raw`\d{1,4}[./-]\d{1,2}[./-]\d{1,4}`;
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?\s?[Mm]\.?)?`;

/** Element's stamp: weekday, month, day, year and time, as its export writes them (`Sun, Feb 12 2023, 20:01`). */
const ELEMENT_DAY = String.raw`\p{L}{2,4}\.?,\s\p{L}{3,5}\.?\s\d{1,2},?\s\d{4},\s${TIME}`;

export const CHAT_FORMATS: readonly ChatFormat[] = [
  // WhatsApp on Android: `04/03/2021 21:03 - Célia: text`, notices without a sender.
  { id: 'whatsapp', message: new RegExp(String.raw`^${DATE},?\s${TIME}\s[-–]\s([^:]{1,40}?):\s(.*)$`, 'u'), notice: new RegExp(String.raw`^${DATE},?\s${TIME}\s[-–]\s[^:]*$`, 'u') },
  // Viber's `Email message history` (Android), a CSV file: `14/03/2021,20:03:40,Maman Ndaya,+243812345670,text` under
  // its header row, a message with a comma or a line break in double quotes.
  { id: 'viber-csv', message: /^\d{2}\/\d{2}\/\d{4},\d{2}:\d{2}(?::\d{2})?,([^,"]{1,40}),[^,]*,(.*)$/u, notice: /^Date,Time,Sender,(?:Phone,)?Message$/u, csv: true },
  // DiscordChatExporter's CSV: `"AuthorID","Author","Date","Content","Attachments","Reactions"`, every column quoted,
  // a message's text running over lines inside its quotes, the attachments' links and the reactions after it.
  { id: 'discord-csv', message: /^"\d{5,20}","((?:[^"]|""){1,40})","\d{4}-\d{2}-\d{2}T[^"]*",(".*)$/u, notice: /^"AuthorID","Author","Date","Content","Attachments","Reactions"$/u, csv: true, columnsAfter: 2, share: 0.1, needs: '","' },
  // Signal Desktop through signal-export (`chat.md`): `[2023-04-11 21:02] Amra: text`, the reactions under a message as
  // `(- Emir: 😂 -)`, a quoted reply's lines behind `>`, attachments as Markdown links.
  { id: 'signal', message: /^\[\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}(?::\d{2})?\]\s([^:]{1,40}?):\s(.*)$/u, notice: /^\[\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}(?::\d{2})?\]\s[^:]*$/u, attached: /^(?:\(-\s.{1,80}\s-\)|>(?:\s.*)?)$/u },
  // WhatsApp on iPhone: `[04/03/2021, 21:03:11] Célia: text`.
  { id: 'whatsapp-ios', message: new RegExp(String.raw`^\[${DATE},?\s${TIME}\]\s([^:]{1,40}?):\s(.*)$`, 'u'), notice: new RegExp(String.raw`^\[${DATE},?\s${TIME}\]\s[^:]*$`, 'u') },
  // Element (Matrix) `Export chat` as plain text: `Sun, Feb 12 2023, 20:01 - Tjark Evers: text`, under its header
  // (`ROOM - Chat Export` / `Exported by @user:server on DATE`).
  { id: 'element', message: new RegExp(String.raw`^${ELEMENT_DAY}\s[-–]\s([^:]{1,40}?):\s(.*)$`, 'u'), notice: new RegExp(String.raw`^(?:${ELEMENT_DAY}\s[-–]\s[^:]*|.{1,80}\s[-–]\s(?:Chat Export|Chat-Export)|Exported by @\S+ on .*)$`, 'u') },
  // LINE's `Save chat` (PC and phone): `21:03<TAB>Name<TAB>text` under `2024/03/01 Fri` or `2024/03/01(金)` day lines,
  // the file's header `[LINE] Chat history in GROUP` / `Saved on: …`, events with no text column; a message of several
  // lines wrapped in double quotes.
  { id: 'line', message: new RegExp(String.raw`^${TIME}\t([^\t]{1,40})\t(.*)$`, 'u'), notice: new RegExp(String.raw`^(?:\[LINE\]\s.*|(?:Saved on|保存日時|저장한 날짜|บันทึกเมื่อ)\s?[:：].*|\d{4}[./]\d{1,2}[./]\d{1,2}\s?(?:\(\p{L}{1,3}\)|\p{L}{1,9}\.?)?|${TIME}\t[^\t]*)$`, 'u'), quotesMultiline: true },
  // KakaoTalk on a computer: `[윤서] [오후 9:10] text`, days between `--------------- 2021년 3월 5일 금요일 ---------------`.
  { id: 'kakaotalk', message: /^\[([^\]]{1,30})\]\s\[(?:오전|오후|AM|PM)\s?\d{1,2}:\d{2}\]\s(.*)$/u, notice: /^-{5,}\s.*\s-{5,}$|^.{1,30}님이 (?:들어왔습니다|나갔습니다|초대했습니다)\.?$/u },
  // Discord copied as text: `[21:03] Célia: text`; an IRC log: `[21:03] <Célia> text`.
  { id: 'discord', message: new RegExp(String.raw`^\[${TIME}\]\s([^:<>\[\]]{1,30}?):\s(.*)$`, 'u'), notice: new RegExp(String.raw`^\[${TIME}\]\s\*{1,3}\s.*$`, 'u') },
  { id: 'irc', message: new RegExp(String.raw`^\[${TIME}\]\s<([^>]{1,30})>\s(.*)$`, 'u'), notice: new RegExp(String.raw`^\[${TIME}\]\s\*{1,3}\s.*$`, 'u') },
  // irssi's default log: `00:02 <@wren> text` (the nick behind its channel mode), events behind `-!-`, actions
  // behind `*`, `--- Log opened …` / `--- Day changed …` between days, the `/names` table in brackets.
  { id: 'irssi', message: new RegExp(String.raw`^${TIME}\s<[\s@+%~&]?([^>\s]{1,30})\s*>\s(.*)$`, 'u'), notice: new RegExp(String.raw`^(?:${TIME}\s(?:-!-\s|\*\s|\[)|---\s(?:Log (?:opened|closed)|Day changed)\b)`, 'u') },
  // HexChat / XChat: `Oct 14 00:02:11 <wren>	text`, joins and parts behind `-->` / `<--`, actions behind `*`.
  { id: 'hexchat', message: new RegExp(String.raw`^[A-Z][a-z]{2} \d{1,2} ${TIME}\s<[@+%~&]?([^>\s]{1,30})>\s(.*)$`, 'u'), notice: new RegExp(String.raw`^(?:[A-Z][a-z]{2} \d{1,2} ${TIME}\s(?:-->|<--|--|\*)\s|\*\*\*\*\s(?:BEGIN|ENDING) LOGGING)`, 'u') },
  // Telegram Desktop's copy of a channel's or chat's messages: `Contis par furlan, [03.02.25 18:00]` over the message's
  // lines, a forwarded or replied message marked in brackets under its header (`[Forwarded from NAME]`).
  { id: 'telegram-copy', message: /^(\S.{0,40}?),\s\[\d{1,2}\.\d{1,2}\.\d{2,4}\s\d{1,2}:\d{2}(?::\d{2})?\]()$/u, notice: /^\[(?:Forwarded from|In reply to)\s[^\]]{1,40}\]$/u, share: 0.1, needs: ', [' },
  // Zoom's saved meeting chat: `19:01:30 From Fekete Lilla to Everyone:` (or to one person, `(Direct Message)`) over the
  // message's lines, each set in by a tab;
  // a reaction to a message is a message of its own (`Reacted to "…" with 😱`).
  { id: 'zoom', message: /^\d{1,2}:\d{2}:\d{2}\s+From\s+(.{1,60}?)\s+to\s+.{1,40}?(?:\s*\(.{1,20}\))?\s*:()$/u, notice: /^\t(?:Reacted to ".*" with .{1,8}|Replying to ".*")$/u, share: 0.1, needs: ' From ' },
  // Pidgin's and Finch's text log (and its HTML log, written out so by parse/pidgin-log.ts): `(20:35:12) Alias: text`, a
  // message's further lines under it, status changes with no alias, under `Conversation with BUDDY at TIME on ACCOUNT (jabber)`.
  { id: 'pidgin', message: new RegExp(String.raw`^\(${TIME}\)\s([^:()]{1,40}?):\s(.*)$`, 'u'), notice: new RegExp(String.raw`^(?:\(${TIME}\)\s[^:]*|.{1,200}\s\((?:jabber|xmpp|aim|icq|msn|yahoo|irc|gtalk|facebook|sametime|novell|zephyr|bonjour|gadu-gadu|silc|simple|qq|meanwhile)\))$`, 'u'), share: 0.1, needs: ') ' },
  // QIP's and ICQ's history: `Ксю (21:47:12 3/02/2008)` over the message's lines, each message under a rule that points
  // its way (`--------------------------------------<-` received, `-------------------------------------->-` sent).
  { id: 'qip-history', message: /^(\S.{0,40}?)\s\(\d{1,2}:\d{2}:\d{2}\s\d{1,2}\/\d{1,2}\/\d{4}\)()$/u, notice: /^-{10,}[<>]-$/u, share: 0.1, needs: ' (' },
  // A 2channel-style board thread copied from read.cgi: `8 ：◆Lh0uSe.kEe ：2014/07/19(土) 23:12:30.41 ID:q3XkP0Lr0` over
  // the post's lines; the poster is the name or trip (`◆…`), the anonymous default name shared by everyone else.
  { id: '2ch', message: /^\d{1,4}\s*[:：]\s*(.+?)\s*[:：]\s*\d{4}\/\d{2}\/\d{2}\(\S{1,3}\)\s*\d{1,2}:\d{2}:\d{2}(?:\.\d+)?\s+ID:\S+\s*()$/u, notice: /^(?:新着レスの表示|掲示板に戻る\b.*|read\.cgi ver\b.*)$/u, share: 0.1 },
];

/** What an app writes in place of a picture, a sticker or a deleted message. */
export const MEDIA_PLACEHOLDER = /^(?:<[^<>]{2,40}>|이모티콘|사진|동영상|파일|스티커|삭제된 메시지입니다\.?|(?:this|esta) (?:message was deleted|mensagem foi apagada)|esta mensagem foi apagada|image omitted|sticker omitted|<media omitted>|\[(?:sticker|photo|video|file|album|voice message|contact|location|スタンプ|写真|動画|ファイル|アルバム|ボイスメッセージ|사진|스티커|동영상)\]|!\[[^\]]*\]\([^()\s]+\))$/iu;

/** A message record's labelled line (`From: Rina`, `Message: BAG.1`): the label, then the value. */
export const RECORD_LINE = /^(\p{L}[\p{L} ]{0,20}?)\s?[:：]\s?(.*)$/u;
/** The sender's label in a phone's saved message, in the languages its software speaks. */
export const RECORD_SENDER = /^(?:from|sender|von|absender|de|remitente|expéditeur|da|mittente|van|afzender|od|от|dari|pengirim|kimden|发件人|寄件者|差出人|보낸 사람)$/iu;
/** The text's label, set last in the record. */
export const RECORD_TEXT = /^(?:message|text|body|sms|nachricht|mensaje|mensagem|messaggio|texte|tekst|bericht|wiadomość|treść|сообщение|текст|pesan|isi|mesaj|内容|本文|메시지)$/iu;
