import { Module } from '@nestjs/common';
import { SecretVault } from './secret-vault';
import { WebhooksController } from './webhooks.controller';
import { Webhooks } from './webhooks.service';

@Module({
  controllers: [WebhooksController],
  providers: [Webhooks, SecretVault],
  exports: [SecretVault],
})
export class SubscriptionsModule {}
