import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from './fixtures.ts';
import { createTestApp, type TestApp } from './harness.ts';

/** With SMTP_URL set, queued mail is delivered to a real SMTP server and marked sent. */
describe('e-mail delivery through SMTP', () => {
  const received: { to: string; data: string }[] = [];
  let server: SMTPServer;
  let t: TestApp;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let data = '';
        stream.setEncoding('utf8');
        stream.on('data', (chunk: string) => {
          data += chunk;
        });
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), data });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    t = await createTestApp('sqlite', { SMTP_URL: `smtp://127.0.0.1:${port}?ignoreTLS=true` });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
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
    expect(received).toHaveLength(1);
    expect(received[0]?.to).toBe('smtp@example.test');
    expect(received[0]?.data).toContain('Subject: Reset your Dari password');
  });
});
