// The card job in a worker thread, run by Node itself rather than by Vite: the site's modules
// import each other without extensions, so the resolve hook the editors' commands use comes
// first, and the job is imported after it.
import '../../../scripts/register-ts.ts';
import { parentPort, workerData } from 'node:worker_threads';

const { runCardJob } = (await import('./job.ts')) as typeof import('./job');
try {
  parentPort!.postMessage({ result: await runCardJob(workerData) });
} catch (error) {
  const { name, message, hint } = error as { name: string; message: string; hint?: string };
  parentPort!.postMessage({ error: { name, message, hint } });
}
