import { Kafka, logLevel, type KafkaConfig } from 'kafkajs';

export interface KafkaConnection {
  brokers: string[];
  clientId: string;
  /** Prepended to every topic name; isolates test runs sharing one broker. Empty in production. */
  topicPrefix?: string;
}

export function createKafka(connection: KafkaConnection, overrides: Partial<KafkaConfig> = {}): Kafka {
  return new Kafka({
    clientId: connection.clientId,
    brokers: connection.brokers,
    connectionTimeout: 3_000,
    logLevel: logLevel.WARN,
    ...overrides,
  });
}

export const physicalTopic = (connection: Pick<KafkaConnection, 'topicPrefix'>, topic: string) =>
  `${connection.topicPrefix ?? ''}${topic}`;
export const logicalTopic = (connection: Pick<KafkaConnection, 'topicPrefix'>, topic: string) =>
  connection.topicPrefix && topic.startsWith(connection.topicPrefix)
    ? topic.slice(connection.topicPrefix.length)
    : topic;
