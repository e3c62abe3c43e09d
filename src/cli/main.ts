import { ConfigError, InputError, RendererLoadError, UsageError } from '../errors.js';
import { QUIRE_VERSION } from '../version.js';
import { parseCommandLine } from './command-line.js';
import type { Io } from './io.js';
import { processIo } from './io.js';

export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 70 } as const;

/**
 * The one error boundary: parses the command line, runs the command it
 * names, and turns every outcome into an exit code (0 ok, 1 an input
 * failed, 2 usage, 70 internal error). Commands return their code and never
 * exit the process; what they throw is sorted here.
 */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  try {
    const call = await parseCommandLine(argv, io);
    return call === null ? EXIT.ok : await call.spec.run(call.argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || error instanceof RendererLoadError) {
      io.err(`quire: ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof InputError) {
      io.err(`quire: ${error.message}\n`);
      return EXIT.failed;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.err(`quire: internal error (a bug in quire ${QUIRE_VERSION}, on Node.js ${process.version}); please report it with this text:\n${detail}\n`);
    return EXIT.internal;
  }
}
