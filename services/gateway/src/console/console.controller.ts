import { ApiExcludeController } from '@nestjs/swagger';
import {
  Controller,
  Get,
  NotFoundException,
  Param,
  Req,
  Res,
  ServiceUnavailableException,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Anonymous } from '../auth/roles.decorator';
import { ConsoleFiles } from './console-files';

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The web console: hashed files under /assets cached for a year, and index.html (never cached)
 * for `/` and every other browser navigation the gateway has no route for, so the console's
 * own paths (/kesepakatan/…) open directly. The page is public; its data needs a signed-in user.
 */
@Anonymous()
@ApiExcludeController()
@Controller()
export class ConsoleController {
  constructor(private readonly files: ConsoleFiles) {}

  @Get('assets/:file')
  asset(@Param('file') file: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const asset = this.files.asset(file);
    if (!asset) throw new NotFoundException(`no console asset ${file}`);
    void reply
      .header('content-type', asset.contentType)
      .header('cache-control', IMMUTABLE)
      .header('vary', 'accept-encoding');
    if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')))
      return reply.header('content-encoding', 'gzip').send(asset.gzipped);
    return reply.send(asset.body);
  }

  @Get(['', '*'])
  page(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    if (!String(request.headers.accept ?? '').includes('text/html'))
      throw new NotFoundException(`no route GET ${request.url.split('?')[0]}`);
    if (!this.files.built) throw new ServiceUnavailableException('the web console has not been built');
    const { html, csp } = this.files.page();
    return reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-security-policy', csp)
      .send(html);
  }
}
