import { expect, type APIRequestContext } from '@playwright/test';

export const demoPassword = 'dari-demo-2026';

/** Signs in through the API; the session cookie stays in the request's browser context. Returns the CSRF token. */
export async function signIn(request: APIRequestContext, email: string): Promise<string> {
  const response = await request.post('/api/v1/session', { data: { email, password: demoPassword } });
  expect(response.status(), await response.text()).toBe(200);
  const session = (await response.json()) as { csrfToken: string };
  return session.csrfToken;
}

interface OutboxMail {
  toAddress: string;
  bodyText: string;
}

/**
 * As an admin of `org` (already signed in on `request`), invites `email` and returns the link from the
 * e-mail in the outbox — the same path a real invitee follows.
 */
export async function inviteAndReadLink(
  request: APIRequestContext,
  csrfToken: string,
  org: string,
  invitation: { email: string; role: string; locale: 'ko' | 'en' },
): Promise<string> {
  const created = await request.post(`/api/v1/organizations/${org}/invitations`, {
    data: invitation,
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(created.status(), await created.text()).toBe(201);
  const outbox = await request.get(`/api/v1/organizations/${org}/outbox`);
  expect(outbox.status()).toBe(200);
  const mails = (await outbox.json()) as OutboxMail[];
  const mail = mails.find((m) => m.toAddress.toLowerCase() === invitation.email.toLowerCase());
  const link = mail?.bodyText.match(/https?:\/\/\S+\/invitations\/[\w-]+/)?.[0];
  expect(link, 'invitation link in the outbox').toBeTruthy();
  return link ?? '';
}

/** Slug of a demo business of `org` found by its English name. */
export async function businessSlug(request: APIRequestContext, org: string, nameEn: string): Promise<string> {
  const response = await request.get(`/api/v1/organizations/${org}`);
  const landing = (await response.json()) as { businesses: { slug: string; nameEn: string }[] };
  const business = landing.businesses.find((b) => b.nameEn === nameEn);
  expect(business, `business ${nameEn} in ${org}`).toBeTruthy();
  return business?.slug ?? '';
}
