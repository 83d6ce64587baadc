import type { FastifyPluginAsync } from 'fastify';
import { healthRoutes } from './health/routes.ts';

/** Every domain's routes, mounted under /api/v1. */
export const modules: FastifyPluginAsync[] = [healthRoutes];
