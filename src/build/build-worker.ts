import { parentPort, workerData } from 'node:worker_threads';
import { registryWith, type RendererModule } from '../render/load-renderer.js';
import { Templates } from '../render/templates.js';
import { runJob, type JobEnv, type RenderJob } from './render-job.js';

/** A worker thread of a batch build: renders the jobs it is sent, one at a time, and reports each file written. */
const { env, modules } = workerData as { env: JobEnv; modules: RendererModule[] };
const registry = await registryWith(modules);
const templates = new Templates(env.templatesDir);
const port = parentPort!;

port.on('message', (message: { index: number; job: RenderJob } | null) => {
  if (message === null) return port.close();
  void runJob(message.job, env, registry, templates, (output) => port.postMessage({ type: 'output', output })).then((result) =>
    port.postMessage({ type: 'done', index: message.index, result }),
  );
});
