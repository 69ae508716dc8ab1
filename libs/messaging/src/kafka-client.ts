import { readFileSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { stopIdleRequestQueueChecks } from './kafka-request-queue';
import {
  Kafka,
  logLevel,
  Partitioners,
  type IHeaders,
  type KafkaConfig,
  type Producer,
  type ProducerConfig,
  type SASLOptions,
} from 'kafkajs';

export const KAFKA_SASL_MECHANISMS = ['scram-sha-256', 'scram-sha-512'] as const;
export type KafkaSaslMechanism = (typeof KAFKA_SASL_MECHANISMS)[number];

/** How a client proves itself to the brokers and protects the connection (docs/SECURITY.md). */
export interface KafkaSecurity {
  /** TLS to the brokers; `ca` (PEM) is trusted instead of the system's certificate authorities. */
  ssl?: false | { ca?: string };
  /** SASL/SCRAM credentials. */
  sasl?: { mechanism: KafkaSaslMechanism; username: string; password: string };
}

export interface KafkaConnection {
  brokers: string[];
  clientId: string;
  /** Prepended to every topic name; isolates test runs sharing one broker. Empty in production. */
  topicPrefix?: string;
  /** Plaintext without authentication when absent (the local broker). */
  security?: KafkaSecurity;
}

/** The Kafka variables of a service's environment (ServiceEnv) or of a script's process.env. */
export interface KafkaSecurityEnv {
  KAFKA_SSL?: boolean | string;
  KAFKA_SSL_CA_FILE?: string;
  KAFKA_SASL_MECHANISM?: string;
  KAFKA_SASL_USERNAME?: string;
  KAFKA_SASL_PASSWORD?: string;
}

export class KafkaSecurityError extends Error {}

/**
 * The connection security that `KAFKA_SSL`, `KAFKA_SSL_CA_FILE` and `KAFKA_SASL_*` describe, read
 * the same way by every service and script; throws one error naming every unusable variable.
 */
export function kafkaSecurityFromEnv(env: KafkaSecurityEnv): KafkaSecurity {
  const problems: string[] = [];
  const value = (name: keyof KafkaSecurityEnv) => {
    const raw = env[name];
    return raw === undefined || raw === '' ? undefined : String(raw);
  };
  const ssl = value('KAFKA_SSL')?.toLowerCase();
  if (ssl !== undefined && ssl !== 'true' && ssl !== 'false')
    problems.push('KAFKA_SSL: must be true or false');
  const caFile = value('KAFKA_SSL_CA_FILE');
  let ca: string | undefined;
  if (caFile !== undefined) {
    if (ssl !== 'true') problems.push('KAFKA_SSL_CA_FILE: needs KAFKA_SSL=true');
    try {
      ca = readFileSync(caFile, 'utf8');
    } catch (error) {
      problems.push(`KAFKA_SSL_CA_FILE: cannot be read (${(error as NodeJS.ErrnoException).code})`);
    }
  }
  const mechanism = value('KAFKA_SASL_MECHANISM')?.toLowerCase();
  const username = value('KAFKA_SASL_USERNAME');
  const password = value('KAFKA_SASL_PASSWORD');
  let sasl: KafkaSecurity['sasl'];
  if (mechanism !== undefined || username !== undefined || password !== undefined) {
    if (!KAFKA_SASL_MECHANISMS.includes(mechanism as KafkaSaslMechanism))
      problems.push(
        `KAFKA_SASL_MECHANISM: must be one of ${KAFKA_SASL_MECHANISMS.join(', ')} when SASL credentials are set`,
      );
    if (username === undefined) problems.push('KAFKA_SASL_USERNAME: is required with KAFKA_SASL_MECHANISM');
    if (password === undefined) problems.push('KAFKA_SASL_PASSWORD: is required with KAFKA_SASL_MECHANISM');
    if (problems.length === 0)
      sasl = { mechanism: mechanism as KafkaSaslMechanism, username: username!, password: password! };
  }
  if (problems.length > 0) throw new KafkaSecurityError(`Invalid Kafka settings: ${problems.join('; ')}`);
  return { ...(ssl === 'true' ? { ssl: ca === undefined ? {} : { ca } } : {}), ...(sasl ? { sasl } : {}) };
}

/** brokers, topic prefix and security from `KAFKA_*` variables (scripts; services use ServiceEnv). */
export function kafkaConnectionFromEnv(
  clientId: string,
  env: NodeJS.ProcessEnv = process.env,
): KafkaConnection & { topicPrefix: string; security: KafkaSecurity } {
  return {
    brokers: (env.KAFKA_BROKERS || '127.0.0.1:9092').split(','),
    clientId,
    topicPrefix: env.KAFKA_TOPIC_PREFIX || '',
    security: kafkaSecurityFromEnv(env),
  };
}

const kafkaJsSecurity = (security: KafkaSecurity = {}): Pick<KafkaConfig, 'ssl' | 'sasl'> => ({
  ...(security.ssl ? { ssl: security.ssl.ca === undefined ? true : { ca: [security.ssl.ca] } } : {}),
  ...(security.sasl ? { sasl: { ...security.sasl } as SASLOptions } : {}),
});

const logger = new Logger('kafkajs');
stopIdleRequestQueueChecks();

/** Routes kafkajs's own log lines into the service's JSON log. */
const logCreator =
  () =>
  ({ level, log }: { level: logLevel; log: { message: string } & Record<string, unknown> }) => {
    const { message, ...extra } = log;
    const line = `${message} ${JSON.stringify({ broker: extra.broker, clientId: extra.clientId, error: extra.error })}`;
    if (level <= logLevel.ERROR) logger.error(line);
    else if (level === logLevel.WARN) logger.warn(line);
    else logger.debug(line);
  };

/** The one way the platform makes a Kafka client: every client honours the connection's security. */
export function createKafka(connection: KafkaConnection, overrides: Partial<KafkaConfig> = {}): Kafka {
  return new Kafka({
    clientId: connection.clientId,
    brokers: connection.brokers,
    ...kafkaJsSecurity(connection.security),
    connectionTimeout: 3_000,
    logLevel: logLevel.WARN,
    logCreator,
    ...overrides,
  });
}

/** An idempotent producer that keeps order per partition and never creates topics. */
export function createProducer(kafka: Kafka, overrides: Partial<ProducerConfig> = {}): Producer {
  return kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
    ...overrides,
  });
}

/** The client `clientId` of a service's messaging settings. */
export const serviceConnection = (
  options: Pick<KafkaConnection, 'brokers' | 'security'>,
  clientId: string,
): KafkaConnection => ({ brokers: options.brokers, security: options.security, clientId });

export const physicalTopic = (connection: Pick<KafkaConnection, 'topicPrefix'>, topic: string) =>
  `${connection.topicPrefix ?? ''}${topic}`;
export const logicalTopic = (connection: Pick<KafkaConnection, 'topicPrefix'>, topic: string) =>
  connection.topicPrefix && topic.startsWith(connection.topicPrefix)
    ? topic.slice(connection.topicPrefix.length)
    : topic;

/** A Kafka header's value as text (the first one when repeated). */
export const header = (headers: IHeaders | undefined, name: string) => {
  const value = headers?.[name];
  return value === undefined ? undefined : String(Array.isArray(value) ? value[0] : value);
};
