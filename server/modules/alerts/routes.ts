import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AppError } from '../../platform/errors.ts';
import { authorize, errorResponses, OkResponse, requireUser } from '../../platform/http.ts';
import { ownedAlert, readableAlert, receivedAlert } from './access.ts';
import { addArea, areasOf, presentArea, removeArea } from './areas.ts';
import { deliverAlert } from './fanout.ts';
import { presentAlert } from './presenter.ts';
import { Area, AreaBody, AreaList, Detail, IdParams, NoteBody, RaiseBody } from './schema.ts';
import * as service from './service.ts';

const tags = ['alerts'];

export const alertRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/alerts',
    {
      schema: {
        tags,
        summary:
          'Raise an alert from an incident (its reporter’s business, liaisons, admins) or standalone (liaisons, admins)',
        body: RaiseBody,
        response: { 201: Detail, ...errorResponses(400, 401, 403, 404, 429) },
      },
    },
    async (request, reply) => {
      const id = await app.db
        .transaction()
        .execute((trx) => service.raise(trx, request.caller, request.body, new Date()));
      // Stored first; if the fan-out fails (the bus is down) the redelivery sweep sends it later.
      await deliverAlert(app, id).catch((error: unknown) => request.log.error(error, 'alert fan-out failed'));
      const detail = await presentAlert(app.db, await readableAlert(app.db, request.caller, id));
      return reply.status(201).send(detail);
    },
  );

  app.get(
    '/alerts/:id',
    {
      schema: {
        tags,
        summary: 'One alert; the exact point, the raiser and the record for the raiser, liaisons and admins',
        params: IdParams,
        response: { 200: Detail, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => presentAlert(app.db, await readableAlert(app.db, request.caller, request.params.id)),
  );

  app.post(
    '/alerts/:id/seen',
    {
      schema: {
        tags,
        summary: 'Mark an alert seen (its recipients)',
        params: IdParams,
        response: { 200: Detail, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const access = await receivedAlert(trx, request.caller, request.params.id);
        await service.markSeen(trx, access.alert.id, access.userId, new Date());
        return presentAlert(trx, await readableAlert(trx, request.caller, access.alert.id));
      }),
  );

  app.post(
    '/alerts/:id/saw-too',
    {
      schema: {
        tags,
        summary: '“I saw this too”, with an optional note (its recipients); the raiser and liaisons are told',
        params: IdParams,
        body: NoteBody,
        response: { 200: Detail, ...errorResponses(400, 401, 403, 404) },
      },
      preValidation: async (request) => {
        request.body ??= {};
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const access = await receivedAlert(trx, request.caller, request.params.id);
        await service.sawToo(trx, access, access.userId, request.body, new Date());
        return presentAlert(trx, await readableAlert(trx, request.caller, access.alert.id));
      }),
  );

  app.post(
    '/alerts/:id/report-false',
    {
      schema: {
        tags,
        summary: 'Report an alert as false (its recipients); the organization’s admins are told',
        params: IdParams,
        body: NoteBody,
        response: { 200: Detail, ...errorResponses(400, 401, 403, 404) },
      },
      preValidation: async (request) => {
        request.body ??= {};
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const access = await receivedAlert(trx, request.caller, request.params.id);
        await service.reportFalse(trx, access, access.userId, request.body, new Date());
        return presentAlert(trx, await readableAlert(trx, request.caller, access.alert.id));
      }),
  );

  app.post(
    '/alerts/:id/all-clear',
    {
      schema: {
        tags,
        summary: 'Give the all-clear (the raiser, liaisons, admins); recipients are told',
        params: IdParams,
        body: NoteBody,
        response: { 200: Detail, ...errorResponses(400, 401, 403, 404, 409) },
      },
      preValidation: async (request) => {
        request.body ??= {};
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const access = await ownedAlert(trx, request.caller, request.params.id);
        await service.allClear(trx, access, request.body.note?.trim() ?? '', new Date());
        return presentAlert(trx, await readableAlert(trx, request.caller, access.alert.id));
      }),
  );

  app.post(
    '/alerts/:id/retract',
    {
      schema: {
        tags,
        summary: 'Retract an alert (organization admins); recipients see the retraction',
        params: IdParams,
        body: NoteBody,
        response: { 200: Detail, ...errorResponses(400, 401, 403, 404, 409) },
      },
      preValidation: async (request) => {
        request.body ??= {};
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const access = await readableAlert(trx, request.caller, request.params.id);
        authorize(request, 'alerts.retract', { organizationId: access.alert.organization_id });
        const userId = request.caller.kind === 'user' ? request.caller.userId : null;
        await service.retract(trx, access, userId, request.body.note?.trim() ?? '', new Date());
        return presentAlert(trx, await readableAlert(trx, request.caller, access.alert.id));
      }),
  );

  app.get(
    '/account/alert-areas',
    {
      schema: {
        tags,
        summary: 'The caller’s opt-in alert areas',
        response: { 200: AreaList, ...errorResponses(401, 403) },
      },
    },
    async (request) => {
      authorize(request, 'account.use');
      const user = requireUser(request);
      return (await areasOf(app.db, user.userId)).map(presentArea);
    },
  );

  app.post(
    '/account/alert-areas',
    {
      schema: {
        tags,
        summary: 'Opt in to alerts for an area: a label, a ZIP or a point, a radius',
        body: AreaBody,
        response: { 201: Area, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      authorize(request, 'account.use');
      const user = requireUser(request);
      const area = await app.db.transaction().execute(async (trx) => {
        const id = await addArea(trx, user.userId, request.body, new Date());
        return (await areasOf(trx, user.userId)).find((a) => a.id === id);
      });
      if (!area) {
        throw new AppError('not_found');
      }
      return reply.status(201).send(presentArea(area));
    },
  );

  app.delete(
    '/account/alert-areas/:id',
    {
      schema: {
        tags,
        summary: 'Stop alerts for one of the caller’s areas',
        params: IdParams,
        response: { 200: OkResponse, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      authorize(request, 'account.use');
      const user = requireUser(request);
      await app.db.transaction().execute((trx) => removeArea(trx, user.userId, request.params.id));
      return { ok: true as const };
    },
  );
};
