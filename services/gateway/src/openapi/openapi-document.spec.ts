import { METHOD_METADATA, MODULE_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GatewayModule } from '../gateway.module';
import { ConsoleModule } from '../console/console.module';
import { API_PREFIX, FORWARDED_ROUTES } from '@sinergi/platform';
import { OPENAPI_DOCUMENT } from './docs.controller';
import { HTTP_METHODS, operationCount, toOpenApiPath } from './openapi-document';

const document = JSON.parse(readFileSync(OPENAPI_DOCUMENT, 'utf8')) as {
  paths: Record<string, Record<string, Record<string, unknown> & { responses: Record<string, unknown> }>>;
};

/** `GET /api/v1/agreements/{}`: a route with its parameter names left out. */
const key = (method: string, route: string) =>
  `${method.toUpperCase()} ${route.replace(/\{[^}]+\}|:[A-Za-z]+/g, '{}')}`;

const documented = new Set(
  Object.entries(document.paths).flatMap(([route, item]) =>
    HTTP_METHODS.filter((m) => item[m]).map((m) => key(m, route)),
  ),
);

/** Every `METHOD /path` of docs/api.md's tables (`· /complete` repeats the method on a sibling path). */
function routesOfApiMd(): string[] {
  const markdown = readFileSync(path.resolve(__dirname, '../../../../docs/api.md'), 'utf8');
  const routes: string[] = [];
  for (const line of markdown.split('\n')) {
    const firstCell = /^\| (.+?) \|/.exec(line)?.[1];
    if (!firstCell) continue;
    let method: string | undefined;
    let last: string | undefined;
    for (const [, segment] of firstCell.matchAll(/`([^`]+)`/g)) {
      const full = /^(GET|POST|PATCH|PUT|DELETE) (\/\S*)$/.exec(segment);
      if (full) {
        method = full[1];
        last = full[2].split('?')[0];
      } else if (method && last && /^\/[\w-]+$/.test(segment)) {
        last = last.replace(/\/[^/]+$/, segment);
      } else continue;
      routes.push(key(method, `${API_PREFIX}${last}`));
    }
  }
  return routes;
}

/** The routes the gateway answers itself: its controllers' methods, minus the excluded ones. */
function gatewayRoutes(): { routes: string[]; excluded: string[] } {
  const controllers = [GatewayModule, ConsoleModule].flatMap(
    (module) => (Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, module) ?? []) as Function[],
  );
  const routes: string[] = [];
  const excluded: string[] = [];
  for (const controller of controllers) {
    if (Reflect.getMetadata('swagger/apiExcludeController', controller)) {
      excluded.push(controller.name);
      continue;
    }
    const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
    for (const name of Object.getOwnPropertyNames(controller.prototype)) {
      const handler = controller.prototype[name];
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined || name === 'constructor') continue;
      const sub = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
      const route = `/${[base, sub].filter((p) => p && p !== '/').join('/')}`.replace(/\/+/g, '/');
      routes.push(key(RequestMethod[method], route));
    }
  }
  return { routes, excluded };
}

describe('the OpenAPI document (docs/openapi.json)', () => {
  it('describes every route of docs/api.md', () => {
    const routes = routesOfApiMd();
    expect(routes.length).toBeGreaterThan(70);
    expect(routes.filter((r) => !documented.has(r))).toEqual([]);
  });

  it('describes exactly the routes the gateway serves: its own and the forwarded ones', () => {
    const { routes, excluded } = gatewayRoutes();
    expect(excluded.sort()).toEqual(['ConsoleController', 'DocsController', 'ProxyController']);
    const served = [
      ...routes,
      ...FORWARDED_ROUTES.map((r) => key(r.method, `${API_PREFIX}${toOpenApiPath(r.path)}`)),
    ];
    expect(served.filter((r) => !documented.has(r))).toEqual([]);
    expect([...documented].filter((r) => !served.includes(r))).toEqual([]);
    expect(operationCount(document as never)).toBe(new Set(served).size);
  });

  it('gives every operation an id, a summary, its roles, a success schema and problem responses', () => {
    for (const [route, item] of Object.entries(document.paths)) {
      for (const method of HTTP_METHODS.filter((m) => item[m])) {
        const op = item[method];
        const where = `${method.toUpperCase()} ${route}`;
        expect([where, typeof op.operationId, typeof op.summary]).toEqual([where, 'string', 'string']);
        expect([where, Array.isArray(op['x-roles'])]).toEqual([where, true]);
        const success = Object.entries(op.responses).filter(([status]) => status.startsWith('2'));
        expect([where, success.length]).toEqual([where, 1]);
        const [[status, response]] = success as Array<[string, { content?: Record<string, unknown> }]>;
        // JSON, or a document rendered by the gateway (the evaluation report) as a binary string.
        const [type, media] = Object.entries(response.content ?? {})[0] ?? [];
        if (status !== '204' && type !== 'application/json')
          expect([where, type, media]).toEqual([
            where,
            'application/pdf',
            { schema: { type: 'string', format: 'binary' } },
          ]);
        expect([where, Object.keys(op.responses).filter((s) => s >= '400').length > 0]).toEqual([
          where,
          true,
        ]);
      }
    }
  });
});
