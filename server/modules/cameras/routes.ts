import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errorResponses } from '../../platform/http.ts';
import { editableBusiness } from '../businesses/access.ts';
import {
  Camera,
  CameraCreateBody,
  CameraList,
  CameraParams,
  CameraUpdateBody,
  SlugParams,
} from './schema.ts';
import * as service from './service.ts';

const tags = ['cameras'];

/** The camera registry of a business: no streams, only where cameras are and what they keep. */
export const cameraRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/businesses/:slug/cameras',
    {
      schema: {
        tags,
        summary: "A business's registered cameras (whoever edits the business)",
        params: SlugParams,
        response: { 200: CameraList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const { business } = await editableBusiness(app.db, request, request.params.slug);
      return service.listCameras(app.db, business.id);
    },
  );

  app.post(
    '/businesses/:slug/cameras',
    {
      schema: {
        tags,
        summary: "Register a camera: label, location (default the business's), direction, retention, sharing",
        params: SlugParams,
        body: CameraCreateBody,
        response: { 201: Camera, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const camera = await app.db.transaction().execute(async (trx) => {
        const { business } = await editableBusiness(trx, request, request.params.slug);
        return service.createCamera(trx, business, request.body, new Date());
      });
      return reply.status(201).send(camera);
    },
  );

  app.patch(
    '/businesses/:slug/cameras/:id',
    {
      schema: {
        tags,
        summary: 'Change a registered camera',
        params: CameraParams,
        body: CameraUpdateBody,
        response: { 200: Camera, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const { business } = await editableBusiness(trx, request, request.params.slug);
        return service.updateCamera(trx, business, request.params.id, request.body, new Date());
      }),
  );

  app.delete(
    '/businesses/:slug/cameras/:id',
    {
      schema: {
        tags,
        summary: 'Remove a camera from the registry (its footage requests go with it)',
        params: CameraParams,
        response: { 204: Type.Null(), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await app.db.transaction().execute(async (trx) => {
        const { business } = await editableBusiness(trx, request, request.params.slug);
        await service.deleteCamera(trx, business.id, request.params.id);
      });
      return reply.status(204).send(null);
    },
  );
};
