import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { ReadinessService } from '@sinergi/platform';
import { logLevel, type Admin } from 'kafkajs';
import { createKafka, serviceConnection } from '../kafka-client';
import { MESSAGING_OPTIONS, type MessagingOptions } from '../messaging-options';

/**
 * Kafka as an optional dependency of readiness: while the cluster does not answer the service stays
 * ready (reads are served, commands wait in the outbox) and readiness reports Kafka as degraded.
 */
@Injectable()
export class KafkaHealth implements OnModuleInit, OnApplicationShutdown {
  private admin?: Admin;
  private stopped = false;

  constructor(
    private readonly readiness: ReadinessService,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {}

  onModuleInit() {
    this.readiness.addDependency({ name: 'kafka', required: false, check: () => this.check() });
  }

  private async check() {
    // A check after shutdown would connect a client nothing disconnects.
    if (this.stopped) throw new Error('the service is stopping');
    this.admin ??= createKafka(serviceConnection(this.options, `${this.options.serviceName}-health`), {
      connectionTimeout: 1_000,
      requestTimeout: 1_500,
      retry: { retries: 0 },
      logLevel: logLevel.NOTHING,
    }).admin();
    const admin = this.admin;
    try {
      await admin.connect();
      await admin.describeCluster();
    } catch (error) {
      this.admin = undefined;
      await admin.disconnect().catch(() => undefined);
      throw error;
    }
  }

  async onApplicationShutdown() {
    this.stopped = true;
    await this.admin?.disconnect().catch(() => undefined);
  }
}
