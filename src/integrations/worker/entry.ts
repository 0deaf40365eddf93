// A build job in a worker thread, run by Node itself rather than by Vite: the site's modules
// import each other without extensions, so the resolve hook the editors' commands use is
// registered first, and the job's module is imported after it.
import '../../../scripts/register-ts.ts';
import { parentPort, workerData } from 'node:worker_threads';

const { job, data } = workerData as { job: string; data: unknown };
try {
  const { run } = (await import(job)) as { run(data: unknown): Promise<unknown> };
  parentPort!.postMessage({ result: await run(data) });
} catch (error) {
  const { name, message, hint } = error as { name: string; message: string; hint?: string };
  parentPort!.postMessage({ error: { name, message, hint } });
}
