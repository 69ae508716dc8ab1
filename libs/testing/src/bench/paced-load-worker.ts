// The paced load's thread (pacedLoad): it runs each load it is sent and sends back its result, or
// why it failed (a load that fails does not stop the thread).
import { parentPort } from 'node:worker_threads';
import { pacedLoadInThisThread, type PacedLoadOptions } from './paced-load';

parentPort!.on('message', ({ id, url, options }: { id: number; url: string; options: PacedLoadOptions }) => {
  pacedLoadInThisThread(url, options).then(
    (result) => parentPort!.postMessage({ id, result }),
    (error: Error) => parentPort!.postMessage({ id, error: error.message }),
  );
});
