import { Controller, Get, Header, Inject, NotFoundException, Param, Res } from '@nestjs/common';
import { PLATFORM_OPTIONS, type PlatformOptions } from '@sinergi/platform';
import type { FastifyReply } from 'fastify';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Anonymous } from '../auth/roles.decorator';
import { buildOpenApiDocument } from './openapi-document';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const swaggerUiDir: string = require('swagger-ui-dist').absolutePath();
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css',
  'swagger-ui-bundle.js': 'application/javascript',
  'swagger-ui-standalone-preset.js': 'application/javascript',
};

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sinergi API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head>
<body><div id="ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/assets/init.js"></script></body></html>`;

const INIT = `window.ui = SwaggerUIBundle({ url: '/docs-json', dom_id: '#ui' });`;

@Anonymous()
@Controller()
export class DocsController {
  private readonly document: ReturnType<typeof buildOpenApiDocument>;

  constructor(@Inject(PLATFORM_OPTIONS) options: PlatformOptions) {
    this.document = buildOpenApiDocument(options.version);
  }

  @Get('docs-json')
  json() {
    return this.document;
  }

  @Get('docs')
  @Header('content-type', 'text/html; charset=utf-8')
  page() {
    return PAGE;
  }

  @Get('docs/assets/:file')
  async asset(@Param('file') file: string, @Res() reply: FastifyReply) {
    if (file === 'init.js') return reply.header('content-type', 'application/javascript').send(INIT);
    const type = ASSETS[file];
    if (!type) throw new NotFoundException(`no asset ${file}`);
    return reply.header('content-type', type).send(await readFile(path.join(swaggerUiDir, file)));
  }
}
