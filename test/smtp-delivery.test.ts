import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMailbox, type Mailbox } from './mailbox.ts';
import { createUser } from './fixtures.ts';
import { createTestApp, type TestApp } from './harness.ts';

/** With SMTP_URL set, queued mail is delivered to a real SMTP server and marked sent. */
describe('e-mail delivery through SMTP', () => {
  let mailbox: Mailbox;
  let t: TestApp;

  beforeAll(async () => {
    mailbox = await openMailbox();
    t = await createTestApp('sqlite', { SMTP_URL: mailbox.url });
  });
  afterAll(async () => {
    await t.close();
    await mailbox.close();
  });

  it('sends a password reset and records it as sent in the outbox', async () => {
    await createUser(t.handle.db, { email: 'smtp@example.test', locale: 'en' });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/password-resets',
      payload: { email: 'smtp@example.test' },
    });
    expect(res.statusCode).toBe(202);
    await t.app.mail.deliverQueued();
    const row = await t.handle.db
      .selectFrom('outbox')
      .selectAll()
      .where('to_address', '=', 'smtp@example.test')
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('sent');
    expect(row.sent_at).not.toBeNull();
    expect(mailbox.received).toHaveLength(1);
    expect(mailbox.received[0]?.to).toBe('smtp@example.test');
    expect(mailbox.received[0]?.data).toContain('Subject: Reset your Dari password');
  });
});
