import nodemailer, { type Transporter } from 'nodemailer';
import type { DbOrTrx, Db } from '../db/database.ts';
import type { Locale } from '../db/schema.ts';
import { newId, now } from '../auth/secrets.ts';
import { t } from '../i18n/index.ts';

export interface MailMessage {
  to: string;
  locale: Locale;
  /** i18n key prefix holding `subject` and `body`, e.g. `organizations:mail.invitation`. */
  template: string;
  params: Record<string, unknown>;
  organizationId?: string | null;
}

/**
 * Every e-mail is first written to the outbox inside the caller's transaction, so a rolled-back
 * request sends nothing and a committed one never loses its mail. With SMTP configured the
 * outbox is then delivered (status `queued` → `sent`/`failed`); without it, messages stay `stored`
 * and org admins read them in the UI.
 */
export async function queueMail(
  trx: DbOrTrx,
  message: MailMessage,
  smtpConfigured: boolean,
): Promise<string> {
  const id = newId();
  const subject = t(message.locale, `${message.template}.subject`, message.params);
  const body = `${t(message.locale, `${message.template}.body`, message.params)}\n\n--\n${t(message.locale, 'mail.footer')}`;
  await trx
    .insertInto('outbox')
    .values({
      id,
      organization_id: message.organizationId ?? null,
      to_address: message.to,
      subject,
      body_text: body,
      locale: message.locale,
      status: smtpConfigured ? 'queued' : 'stored',
      error: null,
      created_at: now(),
      sent_at: null,
    })
    .execute();
  return id;
}

export class MailDelivery {
  private readonly transport: Transporter | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly db: Db,
    smtpUrl: string | undefined,
    private readonly from: string,
  ) {
    this.transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : undefined;
  }

  get smtpConfigured(): boolean {
    return this.transport !== undefined;
  }

  /** Sends queued messages; concurrent calls share one pass. */
  deliverQueued(): Promise<void> {
    if (!this.transport) {
      return Promise.resolve();
    }
    this.running ??= this.pass().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async pass(): Promise<void> {
    const transport = this.transport;
    if (!transport) {
      return;
    }
    const queued = await this.db
      .selectFrom('outbox')
      .selectAll()
      .where('status', '=', 'queued')
      .limit(100)
      .execute();
    for (const message of queued) {
      try {
        await transport.sendMail({
          from: this.from,
          to: message.to_address,
          subject: message.subject,
          text: message.body_text,
        });
        await this.db
          .updateTable('outbox')
          .set({ status: 'sent', sent_at: now(), error: null })
          .where('id', '=', message.id)
          .execute();
      } catch (error) {
        await this.db
          .updateTable('outbox')
          .set({ status: 'failed', error: String(error).slice(0, 500) })
          .where('id', '=', message.id)
          .execute();
      }
    }
  }
}
