import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** The expo: exhibitors and sponsors with booths and logos, sessions, badges, lead capture, next year's interest list. */
export const expoRoutes: FastifyPluginAsyncTypebox = async () => {};
