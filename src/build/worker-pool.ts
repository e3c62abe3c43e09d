import { Worker } from 'node:worker_threads';
import type { RendererModule } from '../render/load-renderer.js';
import type { BuildOutput, JobEnv, JobResult, RenderJob } from './render-job.js';

/**
 * The compiled worker. From `src/build/` (tests) and from `lib/build/` alike,
 * `../../lib/build/` is the compiled copy, since a worker cannot load TypeScript.
 */
const WORKER = new URL('../../lib/build/build-worker.js', import.meta.url);

type Message = { type: 'output'; output: BuildOutput } | { type: 'done'; index: number; result: JobResult };

/**
 * Renders jobs on `count` worker threads, each taking the next job when it
 * finishes one. Results come back in job order, so the summary and the exit
 * status do not depend on which thread was faster.
 */
export async function runInWorkers(jobs: readonly RenderJob[], env: JobEnv, modules: readonly RendererModule[], count: number, onOutput: (o: BuildOutput) => void): Promise<JobResult[]> {
  const results: JobResult[] = new Array(jobs.length);
  let next = 0;
  const thread = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(WORKER, { workerData: { env, modules } });
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
  await Promise.all(Array.from({ length: Math.min(count, jobs.length) }, thread));
  return results;
}
