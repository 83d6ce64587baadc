import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMailbox, type Mailbox } from '../../../../test/mailbox.ts';
import { createTestApp, type TestApp } from '../../../../test/harness.ts';
import { createMatrixWorld } from '../../../../test/world.ts';
import { freshOrder } from './scene.ts';

/** With SMTP configured, a sent purchase order reaches the supplier with its PDF attached. */
describe('purchase order e-mail through SMTP', () => {
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
    expect(mailbox.received).toHaveLength(1);
    const mail = mailbox.received[0]?.data ?? '';
    expect(mailbox.received[0]?.to).toBe('orders@hanmi.example');
    expect(mail).toMatch(/Content-Type: application\/pdf; name=PO-0001\.pdf/);
    expect(mail).toMatch(/Content-Disposition: attachment; filename=PO-0001\.pdf/);
    // The attachment is the PDF, base64: "%PDF-" encodes as "JVBERi0".
    expect(mail).toContain('JVBERi0');
  });
});
