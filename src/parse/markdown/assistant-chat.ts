import type { DiagnosticSink } from '../../diagnostics.js';
import { inlineText } from '../inline.js';
import { matchHeading } from '../rules/headings.js';
import type { MdBlock } from './mdast-blocks.js';
import { countWords } from '../../model-text.js';

/**
 * A chat with an AI assistant saved as Markdown by a browser extension (ChatGPT Exporter's `## Prompt:` /
 * `## Response:`, others' `## User` / `## Assistant`): a story written together lives in the assistant's
 * replies, under its own title and chapter headings. The user's prompts are requests, not story; so is the
 * assistant's talk around each instalment (the lead-in before its first heading, the offer after its last
 * `---`); and the exporter's header (the chat's name, its address, the export date) is the page's.
 */
const PICTOGRAPH = /^(?:\p{Extended_Pictographic}[\uFE0F\u200D]*\s*)+/u;
const USER_TURN = /^(?:prompt|user|you|human|me)\s*:?$/i;
const ASSISTANT_TURN = /^(?:response|assistant|chatgpt|claude|gemini|copilot|model|ai)\s*:?$/i;
/** At most this many words after an instalment's last break can be the assistant's offer of more; longer, they are story. */
const OFFER_WORDS = 80;
/**
 * The offer speaks to the user in the first and second person outside any dialogue (`Would you like…? I can…`);
 * a scene after a break rarely does both without quotation marks. (English: in another language an offer stays.)
 */
const speaksToUser = (text: string): boolean => !/["“”«»„]/.test(text) && /\bI(?:['’](?:ll|d|m|ve))?\b/.test(text) && /\byou(?:r|['’](?:d|ll|re|ve))?\b/i.test(text);

type Turn = 'user' | 'assistant' | null;

const turnOf = (b: MdBlock, depth: number | null): Turn => {
  if (b.type !== 'mdHeading' || (depth !== null && b.depth !== depth)) return null;
  const label = b.text.replace(PICTOGRAPH, '').trim();
  return USER_TURN.test(label) ? 'user' : ASSISTANT_TURN.test(label) ? 'assistant' : null;
};

const textOf = (b: MdBlock | undefined): string => (b?.type === 'paragraph' ? inlineText(b.children).trim() : '');
const wordsOf = (blocks: readonly MdBlock[]): number => blocks.reduce((n, b) => n + countWords(textOf(b)), 0);
/** A paragraph wholly in bold: the story's title set over its first chapter, or a chapter heading set so. */
const isBold = (b: MdBlock): boolean => b.type === 'paragraph' && b.children.length === 1 && b.children[0]!.type === 'strong';
const storyStart = (b: MdBlock): boolean => b.type === 'mdHeading' || isBold(b);

/** Where the assistant's offer of more begins in a reply whose story starts at `from`, or the reply's end. */
function offerAt(body: readonly MdBlock[], from: number): number {
  const lastBreak = body.findLastIndex((b) => b.type === 'sceneBreak');
  const after = lastBreak > from ? body.slice(lastBreak + 1) : [];
  if (after.length > 0 && after.every((b) => b.type === 'paragraph' && speaksToUser(textOf(b))) && wordsOf(after) <= OFFER_WORDS) return lastBreak;
  // Without a rule before it, only a short last paragraph that asks the user something.
  const last = body.length - 1;
  const text = textOf(body[last]);
  return last > from && text.endsWith('?') && wordsOf([body[last]!]) <= OFFER_WORDS / 2 && speaksToUser(text) ? last : body.length;
}

export interface AssistantChat {
  blocks: MdBlock[];
  /** The story's title as the assistant set it in bold over its first chapter, else the chat's name. */
  title: string | null;
}

export function readAssistantChat(blocks: readonly MdBlock[], sink: DiagnosticSink): AssistantChat | null {
  const first = blocks.findIndex((b) => turnOf(b, null) !== null);
  if (first < 0 || turnOf(blocks[first]!, null) !== 'user') return null;
  const depth = (blocks[first] as { depth: number }).depth;
  const starts = blocks.flatMap((b, k) => (turnOf(b, depth) !== null ? [k] : []));
  const turns = starts.map((at, k) => ({ kind: turnOf(blocks[at]!, depth)!, at, body: blocks.slice(at + 1, starts[k + 1] ?? blocks.length) }));
  if (!turns.some((t) => t.kind === 'assistant')) return null;
  const head = blocks[0];
  let title: string | null = head?.type === 'mdHeading' && head.depth === 1 && first > 0 ? head.text : null;
  // Replies without a heading of their own are talk about the story, once other replies carry it.
  const headed = turns.some((t) => t.kind === 'assistant' && t.body.some(storyStart));
  const out: MdBlock[] = [];
  let titled = false;
  for (const t of turns) {
    if (t.kind === 'user') continue;
    let from = headed ? t.body.findIndex(storyStart) : 0;
    if (from < 0) continue;
    const to = offerAt(t.body, from);
    const lead = t.body[from]!;
    if (!titled && isBold(lead) && matchHeading(textOf(lead)) === null) {
      title = textOf(lead);
      titled = true;
      from++;
    }
    out.push(...t.body.slice(from, to));
  }
  sink.info('md-assistant-chat', blocks[first]!.position.start.line, "read as a chat with an AI assistant: the story is in its replies; the prompts, the assistant's talk around each instalment and the exporter's header left out");
  return { blocks: out, title };
}
