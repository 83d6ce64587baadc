import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, sessionHeaders } from '../../../test/fixtures.ts';
import { createTestApp, dialects, type TestApp } from '../../../test/harness.ts';
import { sendDailyDigests } from '../../platform/sweeps.ts';
import { createScene } from '../introductions/scene.ts';
import { withDelivery } from './delivery.ts';
import { notify } from './service.ts';
import { openStream } from './stream-reader.ts';

describe.each(dialects)('notifications on %s', (dialect) => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/api/v1`;
  });
  afterAll(() => t.close());

  const requestedPayload = {
    introductionId: 'x',
    link: '/introductions/x',
    businessKo: '한마트',
    businessEn: 'Han Mart',
    message: 'Hi',
  };
  const send = (userId: string, kind = 'introduction.requested', payload: object = requestedPayload) =>
    withDelivery(t.app, () =>
      t.handle.db.transaction().execute((trx) => notify(trx, { userId, kind, payload: { ...payload } })),
    );
  const outboxTo = (email: string) =>
    t.handle.db.selectFrom('outbox').selectAll().where('to_address', '=', email).execute();
  const setEmail = async (headers: Record<string, string>, email: string) => {
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/notification-settings',
      headers,
      payload: { email },
    });
    expect(res.statusCode, res.body).toBe(200);
  };

  it('lists my notifications in my language, counts unread ones and marks them read', async () => {
    const user = await createUser(t.handle.db, { locale: 'ko' });
    const headers = await sessionHeaders(t.handle.db, user.id);
    const first = await send(user.id);
    await send(user.id, 'introduction.stage', { ...requestedPayload, stage: 'met' });
    await send(user.id, 'someone.elses.kind', {});
    const list = async () =>
      (await t.app.inject({ method: 'GET', url: '/api/v1/notifications', headers })).json();
    const before = await list();
    expect(before.unreadCount).toBe(3);
    expect(before.items.map((i: { title: string }) => i.title).sort()).toEqual(
      ['새 알림', '한마트에서 소개를 요청했습니다', '한마트와의 파트너십: 미팅 완료'].sort(),
    );
    expect(before.items.find((i: { id: string }) => i.id === first)).toMatchObject({
      kind: 'introduction.requested',
      body: 'Hi',
      link: '/introductions/x',
      readAt: null,
    });
    const read = await t.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/read',
      headers,
      payload: { ids: [first] },
    });
    expect(read.json()).toEqual({ unreadCount: 2 });
    const all = await t.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/read',
      headers,
      payload: { all: true },
    });
    expect(all.json()).toEqual({ unreadCount: 0 });
    // Someone else's notification cannot be marked through my session.
    const other = await createUser(t.handle.db);
    const theirs = await send(other.id);
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/read',
      headers,
      payload: { ids: [theirs] },
    });
    const row = await t.handle.db
      .selectFrom('notifications')
      .select('read_at')
      .where('id', '=', theirs)
      .executeTakeFirstOrThrow();
    expect(row.read_at).toBeNull();
  });

  it('e-mails instant readers in their language, not those who turned it off', async () => {
    const ko = await createUser(t.handle.db, { locale: 'ko', name: '박사장' });
    const off = await createUser(t.handle.db);
    await setEmail(await sessionHeaders(t.handle.db, off.id), 'off');
    await send(ko.id);
    await send(off.id);
    const mails = await outboxTo(ko.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      locale: 'ko',
      subject: '한마트에서 소개를 요청했습니다',
      status: 'stored',
    });
    expect(mails[0]?.body_text).toContain('박사장 님, 안녕하세요.');
    expect(mails[0]?.body_text).toContain('/introductions/x');
    expect(await outboxTo(off.email)).toEqual([]);
  });

  it('sends digest readers one e-mail of what they have not read, once', async () => {
    const user = await createUser(t.handle.db, { name: 'Dana' });
    const headers = await sessionHeaders(t.handle.db, user.id);
    await setEmail(headers, 'digest');
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/notification-settings', headers })).json(),
    ).toEqual({
      email: 'digest',
    });
    const seen = await send(user.id, 'introduction.accepted', { ...requestedPayload, businessEn: 'Seen Co' });
    await send(user.id);
    await send(user.id, 'introduction.declined');
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/read',
      headers,
      payload: { ids: [seen] },
    });
    expect(await outboxTo(user.email)).toEqual([]);
    await sendDailyDigests(t.app, new Date(Date.now() + 60_000));
    const mails = await outboxTo(user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Your Dari digest: 2 new notifications');
    expect(mails[0]?.body_text).toContain('• Han Mart asks for an introduction');
    expect(mails[0]?.body_text).toContain('• Han Mart declined your introduction');
    expect(mails[0]?.body_text).not.toContain('Seen Co');
    await sendDailyDigests(t.app, new Date(Date.now() + 120_000));
    expect(await outboxTo(user.email)).toHaveLength(1);
  });

  it('rejects settings other than instant, digest and off', async () => {
    const user = await createUser(t.handle.db);
    const headers = await sessionHeaders(t.handle.db, user.id);
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/notification-settings',
      headers,
      payload: { email: 'weekly' },
    });
    expect(res.statusCode).toBe(400);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/notification-settings', headers })).json(),
    ).toEqual({
      email: 'instant',
    });
  });

  it('streams a live notification and the new unread count to the open page', async () => {
    const s = await createScene(t.handle.db);
    const stream = await openStream(`${base}/notifications/stream`, s.headers.b);
    try {
      expect(stream.status).toBe(200);
      expect((await stream.next((e) => e.event === 'unread')).data).toEqual({ unreadCount: 0 });
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/introductions',
        headers: s.headers.a,
        payload: { fromSlug: s.businessA.slug, toSlug: s.businessB.slug, message: '카메라 설치 문의' },
      });
      expect(res.statusCode).toBe(201);
      const live = await stream.next((e) => e.event === 'notification');
      // The partner's owner reads Korean: Han Mart under its Korean name.
      expect(live.data).toMatchObject({
        kind: 'introduction.requested',
        title: '테스트 상점에서 소개를 요청했습니다',
        body: '카메라 설치 문의',
      });
      expect((await stream.next((e) => e.event === 'unread')).data).toEqual({ unreadCount: 1 });
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/notifications/read',
        headers: s.headers.b,
        payload: { all: true },
      });
      expect((await stream.next((e) => e.event === 'unread')).data).toEqual({ unreadCount: 0 });
    } finally {
      stream.close();
    }
  });

  it('announces nothing for a notification whose transaction rolled back', async () => {
    const user = await createUser(t.handle.db);
    const stream = await openStream(
      `${base}/notifications/stream`,
      await sessionHeaders(t.handle.db, user.id),
    );
    try {
      await stream.next((e) => e.event === 'unread');
      await withDelivery(t.app, () =>
        t.handle.db
          .transaction()
          .execute(async (trx) => {
            await notify(trx, { userId: user.id, kind: 'introduction.requested', payload: requestedPayload });
            throw new Error('roll back');
          })
          .catch(() => undefined),
      );
      await send(user.id, 'introduction.declined');
      const live = await stream.next((e) => e.event === 'notification');
      expect(live.data).toMatchObject({ kind: 'introduction.declined' });
    } finally {
      stream.close();
    }
  });
});
