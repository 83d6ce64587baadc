import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** Smart Store: catalogue import from CSV/XLSX (mapping, dry run, encodings). */
export const catalogueImportRoutes: FastifyPluginAsyncTypebox = async () => {};
