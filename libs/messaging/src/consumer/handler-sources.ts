import fs from 'node:fs';
import path from 'node:path';
import { handlerMethodsOf, type HandlerMethod } from './handle-event.decorator';

export interface HandlerClass {
  cls: Function;
  file: string;
  methods: HandlerMethod[];
}

const SOURCE = /\.(ts|js)$/;
const NOT_SOURCE = /\.(d\.ts|spec\.ts|int-spec\.ts|spec\.js)$/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(file);
    return SOURCE.test(entry.name) && !NOT_SOURCE.test(entry.name) ? [file] : [];
  });
}

/**
 * Every class with `@HandleEvent` methods written in a service's source folder, whether or not a
 * module provides it: loads each file that mentions the decorator and inspects its exports.
 */
export function findHandlerClasses(sourceDir: string): HandlerClass[] {
  const found: HandlerClass[] = [];
  for (const file of sourceFiles(sourceDir).sort()) {
    if (!fs.readFileSync(file, 'utf8').includes('HandleEvent')) continue;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = require(file) as Record<string, unknown>;
    for (const value of Object.values(exported)) {
      if (typeof value !== 'function') continue;
      const methods = handlerMethodsOf(value);
      if (methods.length > 0) found.push({ cls: value, file, methods });
    }
  }
  return found;
}
