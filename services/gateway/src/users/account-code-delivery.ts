import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { GATEWAY_ENV, type GatewayEnv } from '../config/gateway-env';

export interface IssuedCode {
  purpose: 'INVITATION' | 'RESET';
  expiresAt: string;
  /** Present when there is no mail server: the administrator hands the code over. */
  code?: string;
  /** Present when the code was mailed (SMTP_URL set). */
  sentTo?: string;
}

/** Hands invitation and reset codes to the person: by mail when SMTP_URL is set, else to the admin. */
@Injectable()
export class AccountCodeDelivery implements OnModuleDestroy {
  private readonly mailer?: Transporter;

  constructor(@Inject(GATEWAY_ENV) private readonly env: GatewayEnv) {
    // nodemailer is loaded only when mail is configured.
    if (env.SMTP_URL) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { createTransport } = require('nodemailer') as typeof import('nodemailer');
      this.mailer = createTransport(env.SMTP_URL);
    }
  }

  async deliver(
    to: { email: string; name: string },
    code: string,
    purpose: IssuedCode['purpose'],
    expiresAt: Date,
  ): Promise<IssuedCode> {
    const issued = { purpose, expiresAt: expiresAt.toISOString() };
    if (!this.mailer) return { ...issued, code };
    const what = purpose === 'INVITATION' ? 'invitation to Sinergi' : 'Sinergi password reset';
    await this.mailer.sendMail({
      from: this.env.SMTP_FROM,
      to: { name: to.name, address: to.email },
      subject: `Your ${what}`,
      text:
        `${to.name},\n\nyour one-time code is:\n\n    ${code}\n\n` +
        `Use it once to set your password (POST /api/v1/users/password) before ${issued.expiresAt}.\n` +
        `If you did not expect this message, tell your agency's administrator.\n`,
    });
    return { ...issued, sentTo: to.email };
  }

  onModuleDestroy() {
    this.mailer?.close();
  }
}
