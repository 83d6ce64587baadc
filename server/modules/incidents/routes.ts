import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AppError } from '../../platform/errors.ts';
import { authorize, errorResponses, requireUser, uploadedFile } from '../../platform/http.ts';
import { organizationFor } from '../organizations/access.ts';
import { deskIncident, photoIncident, readableIncident } from './access.ts';
import { DEFAULT_CAMERA_RADIUS_METERS, heat, listForOrganization, nearbyCameras } from './desk.ts';
import { deskRoutes } from './desk.routes.ts';
import { fieldMessages } from './messages.ts';
import { readStoredFile } from '../../platform/stored-files.ts';
import { MAX_PHOTO_BYTES, processPhoto } from './photos.ts';
import { photoUrl, presentIncident, presentListItem } from './presenter.ts';
import * as queries from './queries.ts';
import {
  CamerasQuery,
  HeatQuery,
  HeatResponse,
  IdParams,
  Incident,
  ListQuery,
  ListResponse,
  MapConfigResponse,
  MineResponse,
  NearbyCamerasResponse,
  PhotoParams,
  PhotoQuery,
  PhotoResponse,
  ReportBody,
  ReportResponse,
  SlugParams,
} from './schema.ts';
import * as service from './service.ts';
import { act } from './service.ts';

const tags = ['incidents'];

export const incidentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/incidents',
    {
      schema: {
        tags,
        summary:
          'Report an incident for a store (its people) or in an organization (its liaisons and admins)',
        body: ReportBody,
        response: { 201: ReportResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const incident = await app.db.transaction().execute(async (trx) => {
        const scope = await service.reportingScope(trx, request.caller, request.body);
        const id = await service.reportIncident(trx, scope, request.body, act(request));
        return presentIncident(trx, await readableIncident(trx, request.caller, id));
      });
      return reply.status(201).send({ incident });
    },
  );

  app.get(
    '/incidents/mine',
    {
      schema: {
        tags,
        summary: 'Incidents I reported, newest first',
        response: { 200: MineResponse, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      const caller = requireUser(request);
      authorize(request, 'account.use');
      const rows = await queries.incidentsReportedBy(app.db, caller.userId);
      return rows.map((row) => presentListItem(row, 'full', false));
    },
  );

  app.get(
    '/incidents/:id',
    {
      schema: {
        tags,
        summary: 'One incident in full (reporter, its store, liaisons, admins) or redacted (other members)',
        params: IdParams,
        response: { 200: Incident, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      presentIncident(app.db, await readableIncident(app.db, request.caller, request.params.id)),
  );

  app.post(
    '/incidents/:id/photos',
    {
      schema: {
        tags,
        summary:
          'Add a photo (multipart field `file`: JPEG, PNG or WebP, at most 8 MB, 4 per incident); metadata is stripped unless keepLocation',
        consumes: ['multipart/form-data'],
        params: IdParams,
        querystring: PhotoQuery,
        response: { 201: PhotoResponse, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      // Checked before reading the upload, so strangers cannot make the server process images.
      const access = await photoIncident(app.db, request.caller, request.params.id);
      const keepLocation = request.query.keepLocation === true;
      const photo = await processPhoto(
        (
          await uploadedFile(request, {
            maxBytes: MAX_PHOTO_BYTES,
            missing: fieldMessages.error('fileMissing'),
            notMultipart: 'missing',
            // A bad photo like any other bad input: a 400 naming the field, nothing stored.
            tooLarge: () =>
              new AppError('validation_failed', {
                fields: { file: fieldMessages.error('photoTooLarge', { limit: '8 MB' }) },
              }),
          })
        ).data,
        keepLocation,
      );
      const id = await app.db.transaction().execute(async (trx) => {
        const current = await photoIncident(trx, request.caller, request.params.id);
        return service.addPhoto(trx, app.config.uploadDir, current, photo, keepLocation, act(request));
      });
      return reply
        .status(201)
        .send({ photo: { id, url: photoUrl(access.incident.id, id), keptLocation: keepLocation } });
    },
  );

  app.get(
    '/incidents/:id/photos/:photoId',
    {
      schema: {
        tags,
        summary: 'A photo of an incident (full viewers only)',
        params: PhotoParams,
        response: errorResponses(401, 403, 404),
      },
    },
    async (request, reply) => {
      const access = await readableIncident(app.db, request.caller, request.params.id);
      if (access.view !== 'full') {
        throw new AppError('forbidden');
      }
      const photo = await queries.photoById(app.db, access.incident.id, request.params.photoId);
      if (!photo) {
        throw new AppError('not_found');
      }
      const data = await readStoredFile(app.config.uploadDir, photo.path);
      return reply
        .type(photo.content_type)
        .header('cache-control', 'private, max-age=3600')
        .header('x-content-type-options', 'nosniff')
        .send(data);
    },
  );

  app.get(
    '/organizations/:slug/incidents',
    {
      schema: {
        tags,
        summary:
          "The organization's incidents, filtered and paged; each in the caller's view (the desk sees all in full)",
        params: SlugParams,
        querystring: ListQuery,
        response: { 200: ListResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const organization = await organizationFor(app.db, request, request.params.slug, 'incidents.read');
      return listForOrganization(app.db, request.caller, organization.id, request.query);
    },
  );

  app.get(
    '/organizations/:slug/incidents/heat',
    {
      schema: {
        tags,
        summary: 'Incident counts by block cell and by hour of the week (liaisons and admins)',
        params: SlugParams,
        querystring: HeatQuery,
        response: { 200: HeatResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const organization = await organizationFor(app.db, request, request.params.slug, 'incidents.desk');
      return heat(app.db, organization.id, request.query);
    },
  );

  app.get(
    '/incidents/:id/cameras',
    {
      schema: {
        tags,
        summary: "Registered cameras of the organization's businesses near the incident (the desk)",
        params: IdParams,
        querystring: CamerasQuery,
        response: { 200: NearbyCamerasResponse, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const access = await deskIncident(app.db, request.caller, request.params.id);
      return nearbyCameras(app.db, access, request.query.radiusMeters ?? DEFAULT_CAMERA_RADIUS_METERS);
    },
  );

  app.get(
    '/safety/map-config',
    {
      schema: {
        tags,
        summary: 'Map tiles for Safe City maps (signed-in users); an empty tile URL means no tiles',
        response: { 200: MapConfigResponse, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      requireUser(request);
      authorize(request, 'account.use');
      return { tileUrl: app.config.mapTileUrl, attribution: app.config.mapTileAttribution };
    },
  );

  await app.register(deskRoutes);
};
