import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** Smart Store: ordering settings, purchase suggestions and purchase orders. */
export const purchasingRoutes: FastifyPluginAsyncTypebox = async () => {};
