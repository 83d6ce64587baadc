import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/harness.ts';
import { createMatrixWorld } from '../../../../test/world.ts';
import { freshOrder } from './scene.ts';

/** With SMTP configured, a sent purchase order reaches the supplier with its PDF attached. */
describe('purchase order e-mail through SMTP', () => {
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

  it('attaches PO-0001.pdf to the mail the supplier gets', async () => {
    const w = await createMatrixWorld(t.handle.db);
    const order = await freshOrder(t.handle.db, w.business.id);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/businesses/${w.business.slug}/inventory/purchase-orders/${order.id}/send`,
      headers: w.headers.owner,
      payload: {},
    });
    expect(res.statusCode, res.body).toBe(200);
    await t.app.mail.deliverQueued();
    const row = await t.handle.db
      .selectFrom('outbox')
      .select('status')
      .where('to_address', '=', 'orders@hanmi.example')
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('sent');
    expect(received).toHaveLength(1);
    const mail = received[0]?.data ?? '';
    expect(received[0]?.to).toBe('orders@hanmi.example');
    expect(mail).toMatch(/Content-Type: application\/pdf; name=PO-0001\.pdf/);
    expect(mail).toMatch(/Content-Disposition: attachment; filename=PO-0001\.pdf/);
    // The attachment is the PDF, base64: "%PDF-" encodes as "JVBERi0".
    expect(mail).toContain('JVBERi0');
  });
});
