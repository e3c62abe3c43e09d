import { build, type BuildResult } from '../build/build.js';
import { planBuild, type BuildPlan } from '../build/plan-build.js';
import { removePartialFiles } from '../build/write-atomic.js';
import { formatDiagnostic } from '../diagnostics.js';
import { buildFlags } from './build-flags.js';
import type { BuildArgs } from './build-options.js';
import { formatSummary } from './build-summary.js';
import type { Io } from './io.js';
import { startProgress } from './progress.js';
import type { BuildRun } from './watch-build.js';

/** The plan of `quire build ARGS…`: what the build will make, every value checked. */
export async function planFromArgs(args: Readonly<BuildArgs>, env: NodeJS.ProcessEnv = process.env): Promise<BuildPlan> {
  const { source, flags } = buildFlags(args, env);
  return planBuild(source, flags);
}

function report(result: BuildResult, verbose: boolean, io: Io): void {
  for (const d of result.diagnostics) if (verbose || d.severity !== 'info') io.err(`${formatDiagnostic(d)}\n`);
  for (const o of result.outputs) if (o.note) io.err(`${o.path}: ${o.note}\n`);
  for (const f of result.failures) io.err(`quire: ${f.message}\n`);
  const failed = result.failures.length;
  io.err(`${result.outputs.length} ${result.outputs.length === 1 ? 'file' : 'files'} written${failed ? `, ${failed} failed` : ''}\n`);
}

/** `quire build [FILES…]`: exit 0 when every book was made, 1 when any input or format failed, 70 on a bug. */
export async function buildCommand(options: Readonly<BuildArgs>, io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // The output folder, known once the build has read its config: where Ctrl-C looks for unfinished files.
  const target = { outDir: options.out ?? 'dist' };
  const once = (): Promise<BuildRun> => buildOnce(options, io, env, target);
  if (options.watch === true) {
    const { watchBuild } = await import('./watch-build.js');
    return watchBuild(await once(), once, io);
  }
  // Ctrl-C mid-build: remove the temporary files being written, so no half book is left, and stop.
  const interrupt = (): void => {
    io.err('quire: interrupted; removing unfinished files\n');
    void removePartialFiles(target.outDir).then(() => process.exit(130));
  };
  process.once('SIGINT', interrupt);
  try {
    return (await once()).code;
  } finally {
    process.off('SIGINT', interrupt);
  }
}

async function buildOnce(options: Readonly<BuildArgs>, io: Io, env: NodeJS.ProcessEnv, target: { outDir: string }): Promise<BuildRun> {
  const plan = await planFromArgs(options, env);
  target.outDir = plan.options.outDir;
  const progress = startProgress(plan.outputs, options.quiet !== true && io.isTTY === true);
  const result = await build({
    ...plan.options,
    onOutput: (o) => {
      progress.tick();
      if (!progress.live) io.out(`${o.path}  ${o.format}  ${Math.ceil(o.bytes / 1024)} KB\n`);
    },
  });
  progress.stop();
  if (options.quiet !== true) io.err(formatSummary(result.books));
  report(result, options.verbose === true, io);
  return { code: exitCode(result, options.strict === true, io), watched: plan.watched, outDir: target.outDir };
}

function exitCode(result: BuildResult, strict: boolean, io: Io): number {
  if (result.failures.some((f) => f.internal)) return 70;
  if (result.failures.length > 0) return 1;
  if (strict && result.diagnostics.some((d) => d.severity !== 'info')) {
    io.err('quire: warnings with --strict; fix them or build without --strict\n');
    return 1;
  }
  return 0;
}
