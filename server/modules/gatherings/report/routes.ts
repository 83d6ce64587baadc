import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** After the event: attendance, no-shows, meetings held, introductions and partnerships, exports, the satisfaction survey. */
export const eventReportRoutes: FastifyPluginAsyncTypebox = async () => {};
