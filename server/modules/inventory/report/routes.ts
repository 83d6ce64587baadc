import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** Smart Store: the cost-reduction report. */
export const costReportRoutes: FastifyPluginAsyncTypebox = async () => {};
