import { Inject, Injectable } from '@nestjs/common';
import { Keyring, SERVICE_ENV } from '@sinergi/platform';
import type { NotificationsEnv } from '../config/notifications-env';

/**
 * Signing secrets at rest: AES-256-GCM under WEBHOOK_SECRET_KEY, bound to their webhook's id so a
 * sealed secret cannot be moved to another row; each names its key, so retired keys
 * (WEBHOOK_PREVIOUS_SECRET_KEYS) keep opening older secrets after a rotation.
 */
@Injectable()
export class SecretVault {
  private readonly keyring: Keyring;

  constructor(@Inject(SERVICE_ENV) env: NotificationsEnv) {
    this.keyring = new Keyring(
      env.WEBHOOK_SECRET_KEY_ID,
      env.WEBHOOK_SECRET_KEY,
      env.WEBHOOK_PREVIOUS_SECRET_KEYS,
    );
  }

  seal(secret: string, webhookId: string): string {
    return this.keyring.sealText(secret, `webhook:${webhookId}`);
  }

  open(sealed: string, webhookId: string): string {
    return this.keyring.openText(sealed, `webhook:${webhookId}`);
  }
}
