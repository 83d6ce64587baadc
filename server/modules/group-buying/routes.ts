import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** Group buying: an organization's stores pool orders of one supplier product to reach a price break. */
export const groupBuyingRoutes: FastifyPluginAsyncTypebox = async () => {};
