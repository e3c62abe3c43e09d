import type { Series } from '../book.js';

/** AO3 writes `Part 2 of The Saga`; others `The Saga #2` or `The Saga, Book 2`. */
const PART_OF = /^part\s+(\d+)\s+of\s+(.+)$/i;
const TRAILING_NUMBER = /^(.+?)(?:,?\s+(?:#|book\s+|vol\.?\s+|volume\s+|part\s+)(\d+))$/i;

/** Reads a `Series:` header field into a name and position. */
export function parseSeries(value: string): Series | null {
  const text = value.replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  const partOf = PART_OF.exec(text);
  if (partOf) return { name: partOf[2]!.trim(), position: Number(partOf[1]) };
  const trailing = TRAILING_NUMBER.exec(text);
  if (trailing) return { name: trailing[1]!.trim(), position: Number(trailing[2]) };
  return { name: text, position: null };
}
