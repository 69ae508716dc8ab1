import { Logger } from '@nestjs/common';
import { ignoreKafkajsNegativeTimeoutWarning } from './kafka-negative-timeout';
import { Kafka, logLevel, Partitioners, type KafkaConfig, type Producer, type ProducerConfig } from 'kafkajs';

export interface KafkaConnection {
  brokers: string[];
  clientId: string;
  /** Prepended to every topic name; isolates test runs sharing one broker. Empty in production. */
  topicPrefix?: string;
}

const logger = new Logger('kafkajs');
ignoreKafkajsNegativeTimeoutWarning();

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

export function createKafka(connection: KafkaConnection, overrides: Partial<KafkaConfig> = {}): Kafka {
  return new Kafka({
    clientId: connection.clientId,
    brokers: connection.brokers,
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

export const physicalTopic = (connection: Pick<KafkaConnection, 'topicPrefix'>, topic: string) =>
  `${connection.topicPrefix ?? ''}${topic}`;
export const logicalTopic = (connection: Pick<KafkaConnection, 'topicPrefix'>, topic: string) =>
  connection.topicPrefix && topic.startsWith(connection.topicPrefix)
    ? topic.slice(connection.topicPrefix.length)
    : topic;
