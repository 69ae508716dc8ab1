import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { DataPruner, SERVICE_ENV } from '@sinergi/platform';
import type { NotificationsEnv } from '../config/notifications-env';
import { SubscriptionsModule } from '../subscriptions/subscriptions.module';
import { DeliveryQueue } from './delivery-queue';
import { DeliveryWorker } from './delivery-worker';

@Module({
  imports: [SubscriptionsModule],
  providers: [DeliveryQueue, DeliveryWorker],
  exports: [DeliveryQueue],
})
export class DeliveriesModule implements OnModuleInit {
  constructor(
    private readonly pruner: DataPruner,
    @Inject(SERVICE_ENV) private readonly env: NotificationsEnv,
  ) {}

  /** Finished deliveries (and their attempts) go after WEBHOOK_DELIVERY_RETENTION_DAYS; pending ones stay. */
  onModuleInit() {
    this.pruner.register({
      table: 'deliveries',
      column: 'finished_at',
      retentionSeconds: this.env.WEBHOOK_DELIVERY_RETENTION_DAYS * 24 * 3_600,
    });
  }
}
