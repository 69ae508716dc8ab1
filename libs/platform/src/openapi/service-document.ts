import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { serviceRootModule, type ServiceDefinition } from '../bootstrap';
import type { ServiceEnv } from '../config/env';
import { describeValidatedClasses } from './validator-schemas';

/** Placeholder settings: describing a service reads its routes and classes and connects to nothing. */
const DESCRIBE_ENV = {
  DATABASE_URL: 'postgres://describe@127.0.0.1/describe',
  JWT_SECRET: 'describe-only-describe-only-describe-only',
  ADMIN_CLIENT_ID: 'describe',
  ADMIN_CLIENT_SECRET: 'describe-only',
};

/** `AgreementsController.sign` → `agreements_sign`: unique, stable and readable. */
export const operationIdOf = (controllerKey: string, methodKey: string) =>
  `${controllerKey.replace(/Controller$/, '').replace(/^./, (c) => c.toLowerCase())}_${methodKey}`;

/**
 * The OpenAPI document of one service, from its controllers, DTOs and response classes
 * (`@nestjs/swagger`), built in Nest's preview mode: no provider is instantiated, so nothing
 * connects to PostgreSQL or Kafka.
 */
export async function describeService<E extends ServiceEnv>(
  definition: ServiceDefinition<E>,
): Promise<OpenAPIObject> {
  const env = plainToInstance(definition.envClass, DESCRIBE_ENV, { exposeDefaultValues: true });
  const app = await NestFactory.create(serviceRootModule(definition, env), new FastifyAdapter(), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  describeValidatedClasses();
  const config = new DocumentBuilder().setTitle(definition.name).setVersion(definition.version).build();
  const document = SwaggerModule.createDocument(app, config, { operationIdFactory: operationIdOf });
  await app.close();
  return document;
}
