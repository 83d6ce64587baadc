import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** Smart Store: sales brought in from a point-of-sale export. */
export const salesImportRoutes: FastifyPluginAsyncTypebox = async () => {};
