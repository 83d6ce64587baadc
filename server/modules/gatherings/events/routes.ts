import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** Events: the organization's calendar, one-off and recurring events, their .ics files and the feed, minutes. */
export const eventRoutes: FastifyPluginAsyncTypebox = async () => {};
