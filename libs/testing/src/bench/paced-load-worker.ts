// The paced load's thread (pacedLoad): it runs each load it is sent and sends back its result.
import { parentPort } from 'node:worker_threads';
import { pacedLoadInThisThread, type PacedLoadOptions } from './paced-load';

parentPort!.on('message', ({ id, url, options }: { id: number; url: string; options: PacedLoadOptions }) => {
  void pacedLoadInThisThread(url, options).then((result) => parentPort!.postMessage({ id, result }));
});
