import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

/** Registrations per occurrence: places, waitlist, custom questions, cancellation, tickets, the door's check-in, reminders. */
export const registrationRoutes: FastifyPluginAsyncTypebox = async () => {};
