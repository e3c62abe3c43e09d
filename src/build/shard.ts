import { UsageError } from '../errors.js';

/**
 * One slice of a batch: the `index`-th of `count` (1-based). Book `p`
 * (0-based, in the order given) belongs to slice `p % count + 1`, so the
 * slices of one batch never overlap, together make the whole batch, and need
 * no coordination between the machines that build them.
 */
export interface Shard {
  index: number;
  count: number;
}

const USAGE = 'i/n with 1 ≤ i ≤ n (2/4: the second of four slices)';

/** `--shard 2/4` as a `Shard`; anything else is a `UsageError`. */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (m === null) throw new UsageError(`--shard must be ${USAGE}, not "${text}"`);
  return checkShard({ index: Number(m[1]), count: Number(m[2]) });
}

export function checkShard(shard: Shard): Shard {
  const { index, count } = shard;
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard must be ${USAGE}, not "${index}/${count}"`);
  }
  return shard;
}

/** Whether the book at `position` (0-based) is this slice's to build; every book is, without a shard. */
export function inShard(position: number, shard: Shard | null | undefined): boolean {
  return shard == null || position % shard.count === shard.index - 1;
}
