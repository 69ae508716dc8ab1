import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DataPruner, SERVICE_ENV, type ServiceEnv } from '@sinergi/platform';

const HOUR = 3_600;

/**
 * The messaging tables' lifecycle: inbox records after INBOX_RETENTION_DAYS, published outbox rows
 * OUTBOX_RETENTION_HOURS after they were written (unpublished rows are never pruned), command keys
 * after COMMAND_KEY_RETENTION_HOURS.
 */
@Injectable()
export class MessagingRetention implements OnModuleInit {
  constructor(
    private readonly pruner: DataPruner,
    @Inject(SERVICE_ENV) private readonly env: ServiceEnv,
  ) {}

  onModuleInit() {
    const { INBOX_RETENTION_DAYS, OUTBOX_RETENTION_HOURS, COMMAND_KEY_RETENTION_HOURS } = this.env;
    this.pruner.register({
      table: 'inbox',
      column: 'handled_at',
      retentionSeconds: INBOX_RETENTION_DAYS * 24 * HOUR,
    });
    this.pruner.register({
      table: 'outbox',
      column: 'created_at',
      retentionSeconds: OUTBOX_RETENTION_HOURS * HOUR,
      keep: 'EXISTS (SELECT 1 FROM outbox_pending p WHERE p.position = outbox.position)',
    });
    this.pruner.register({
      table: 'command_keys',
      column: 'recorded_at',
      retentionSeconds: COMMAND_KEY_RETENTION_HOURS * HOUR,
    });
  }
}
