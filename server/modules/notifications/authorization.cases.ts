import { roles, type RoleName, type RouteCase } from '../../../test/world.ts';

/**
 * The authorization matrix of the notification routes (run by authorization.test.ts): every signed-in
 * person has their own notifications; API tokens and anonymous callers have none.
 */

export const people: readonly RoleName[] = roles.filter(
  (r) => r !== 'anonymous' && r !== 'token' && r !== 'otherToken',
);

export const notificationRoutes: RouteCase[] = [
  {
    route: 'GET /notifications',
    allowed: people,
    request: async () => ({ method: 'GET', url: '/api/v1/notifications' }),
  },
  {
    route: 'POST /notifications/read',
    allowed: people,
    request: async () => ({ method: 'POST', url: '/api/v1/notifications/read', payload: { all: true } }),
  },
  {
    route: 'GET /notification-settings',
    allowed: people,
    request: async () => ({ method: 'GET', url: '/api/v1/notification-settings' }),
  },
  {
    route: 'PUT /notification-settings',
    allowed: people,
    request: async () => ({
      method: 'PUT',
      url: '/api/v1/notification-settings',
      payload: { email: 'digest' },
    }),
  },
];

/**
 * The live stream never ends by itself, so its matrix runs over real HTTP (authorization.test.ts reads
 * the status and hangs up) instead of through describeMatrix.
 */
export const notificationStreamRoutes: RouteCase[] = [
  {
    route: 'GET /notifications/stream',
    allowed: people,
    request: async () => ({ method: 'GET', url: '/api/v1/notifications/stream' }),
  },
];
