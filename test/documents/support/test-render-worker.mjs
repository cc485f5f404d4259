/**
 * A stand-in for render-worker.mjs in the render pool's tests: a job can answer ("echo", after
 * `ms` of work that holds the thread, as a render does), never answer ("hang", a loop that never
 * ends) or end the worker ("crash"), as a hostile .docx might.
 */
import { parentPort } from "node:worker_threads";

parentPort.on("message", ({ id, job }) => {
  if (job.kind === "crash") process.exit(1);
  const until = job.kind === "hang" ? Infinity : Date.now() + (job.ms ?? 0);
  while (Date.now() < until);
  parentPort.postMessage({ id, bytes: new TextEncoder().encode(`done ${job.n}`) });
});
