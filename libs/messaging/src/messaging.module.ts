import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { PLATFORM_OPTIONS, SERVICE_ENV, type PlatformOptions, type ServiceEnv } from '@sinergi/platform';
import { CommandKeys } from './commands/command-keys.interceptor';
import { EventConsumer } from './consumer/event-consumer';
import { EventHandlers } from './consumer/event-handlers';
import { DEFAULT_MESSAGING, MESSAGING_OPTIONS, type MessagingOptions } from './messaging-options';
import { KafkaHealth } from './health/kafka-health';
import { kafkaSecurityFromEnv } from './kafka-client';
import { MessagingRetention } from './lifecycle/messaging-retention';
import { EventPublisher } from './outbox/event-publisher';
import { OutboxRelay } from './outbox/outbox-relay';
import { Transactions } from './transactions/transactions';

export interface MessagingOverrides {
  relay?: Partial<MessagingOptions['relay']>;
  consumer?: Partial<MessagingOptions['consumer']>;
  hooks?: MessagingOptions['hooks'];
  sourceDir?: string;
}

/**
 * Transactions, command keys, the outbox publisher and relay, and the event consumer of one service.
 * Import once in the service; `@HandleEvent` methods anywhere in the app are then consumed.
 */
@Global()
@Module({})
export class MessagingModule {
  static forService(overrides: MessagingOverrides = {}): DynamicModule {
    return {
      module: MessagingModule,
      imports: [DiscoveryModule],
      providers: [
        {
          provide: MESSAGING_OPTIONS,
          inject: [PLATFORM_OPTIONS, SERVICE_ENV],
          useFactory: (platform: PlatformOptions, env: ServiceEnv): MessagingOptions => ({
            serviceName: platform.serviceName,
            schema: env.DATABASE_SCHEMA ?? platform.serviceName,
            brokers: env.KAFKA_BROKERS.split(','),
            topicPrefix: env.KAFKA_TOPIC_PREFIX ?? '',
            security: kafkaSecurityFromEnv(env),
            sourceDir: overrides.sourceDir,
            relay: { ...DEFAULT_MESSAGING.relay, ...overrides.relay },
            consumer: { ...DEFAULT_MESSAGING.consumer, ...overrides.consumer },
            hooks: overrides.hooks,
          }),
        },
        Transactions,
        EventPublisher,
        OutboxRelay,
        EventHandlers,
        EventConsumer,
        KafkaHealth,
        MessagingRetention,
        { provide: APP_INTERCEPTOR, useClass: CommandKeys },
      ],
      exports: [Transactions, EventPublisher, EventConsumer, EventHandlers, OutboxRelay, MESSAGING_OPTIONS],
    };
  }
}
