import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** B2B meetings at the expo: offers and needs, suggestions, double opt-in requests, availability, the organizer's schedule, agendas. */
export const b2bRoutes: FastifyPluginAsyncTypebox = async () => {};
