import fs from 'node:fs/promises';
import path from 'node:path';
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

/** Files sent with a message: kept under the upload folder beside the outbox row, which holds text only. */
export interface MailAttachments {
  uploadDir: string;
  files: { filename: string; content: Buffer }[];
}

const SAFE_FILENAME = /^[\w.-]+$/;

function attachmentFolder(uploadDir: string, messageId: string): string {
  return path.join(path.resolve(uploadDir), 'outbox', messageId);
}

/** The files queued with a message (none when it has no folder). */
export async function mailAttachments(
  uploadDir: string,
  messageId: string,
): Promise<{ filename: string; content: Buffer }[]> {
  const folder = attachmentFolder(uploadDir, messageId);
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  return Promise.all(
    names
      .sort()
      .map(async (filename) => ({ filename, content: await fs.readFile(path.join(folder, filename)) })),
  );
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
  attachments?: MailAttachments,
): Promise<string> {
  const id = newId();
  if (attachments && attachments.files.length > 0) {
    // Written before the row: a failed write rolls the request back. A rolled-back request leaves the
    // folder behind with no row pointing at it, so it is never sent.
    const folder = attachmentFolder(attachments.uploadDir, id);
    await fs.mkdir(folder, { recursive: true });
    for (const file of attachments.files) {
      if (!SAFE_FILENAME.test(file.filename)) {
        throw new Error(`unsafe attachment name ${file.filename}`);
      }
      await fs.writeFile(path.join(folder, file.filename), file.content);
    }
  }
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
    /** Where queued attachments are kept (queueMail's `uploadDir`); without it, messages go without them. */
    private readonly uploadDir?: string,
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
          attachments: this.uploadDir ? await mailAttachments(this.uploadDir, message.id) : [],
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
