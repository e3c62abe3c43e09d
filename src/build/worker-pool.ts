import type { Worker } from 'node:worker_threads';
import type { RendererModule } from '../render/load-renderer.js';
import type { BuildOutput, JobEnv, JobResult, RenderJob } from './render-job.js';

/**
 * The compiled worker. From `src/build/` (tests) and from `lib/build/` alike,
 * `../../lib/build/` is the compiled copy, since a worker cannot load TypeScript.
 */
const WORKER = new URL('../../lib/build/build-worker.js', import.meta.url);

type Message = { type: 'output'; output: BuildOutput } | { type: 'done'; index: number; result: JobResult };

/**
 * Worker threads for rendering books. They are started at once, so their
 * module loading overlaps the parsing on the main thread; `run` then gives
 * each the next job as it finishes one, and returns results in job order,
 * so the summary and exit status never depend on which thread was faster.
 */
export class WorkerPool {
  readonly #workers: Worker[];

  constructor(count: number, env: JobEnv, modules: readonly RendererModule[]) {
    // Loaded here, not imported: a build of one book (the most common) never starts a thread.
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    this.#workers = Array.from({ length: count }, () => new Worker(WORKER, { workerData: { env, modules } }));
  }

  async run(jobs: readonly RenderJob[], onOutput: (o: BuildOutput) => void): Promise<JobResult[]> {
    const results: JobResult[] = new Array(jobs.length);
    let next = 0;
    const drive = (worker: Worker): Promise<void> =>
      new Promise((resolve, reject) => {
        const send = (): void => {
          if (next < jobs.length) {
            const index = next++;
            worker.postMessage({ index, job: jobs[index] });
          } else worker.postMessage(null);
        };
        worker.on('message', (m: Message) => {
          if (m.type === 'output') return onOutput(m.output);
          results[m.index] = m.result;
          send();
        });
        worker.on('error', reject);
        worker.on('exit', () => resolve());
        send();
      });
    await Promise.all(this.#workers.map(drive));
    return results;
  }

  /** Stops the threads without work (when nothing was left to render). */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }
}
