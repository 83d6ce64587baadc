import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { errorResponses, requireUser, uploadedFile } from '../../platform/http.ts';
import { ownBusiness } from './access.ts';
import { addAttachment, readAttachment } from './files.ts';
import { deskRoutes } from './desk.routes.ts';
import { deskError } from './messages.ts';
import { MAX_ATTACHMENT_BYTES } from './attachments.ts';
import type { Mailer } from './notices.ts';
import {
  AskForm,
  AttachmentParams,
  AttachmentResponse,
  BusinessParams,
  FileBody,
  Inbox,
  InboxParams,
  Ok,
  OutcomeBody,
  PickBody,
  ProposalBody,
  RequestParams,
  ServiceRequest,
  ServiceRequestList,
} from './schema.ts';
import * as service from './service.ts';

const tags = ['services-desk'];
const base = '/businesses/:slug/service-requests';

export const mailerOf = (app: FastifyInstance): Mailer => ({
  smtpConfigured: app.mail.smtpConfigured,
  publicUrl: app.config.publicUrl,
});

/** The uploaded file (multipart field `file`): 413 over the limit, before anything is stored. */

/** The services desk: members ask for help, vetted partners opt in, the desk watches the deadlines. */
export const servicesDeskRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/businesses/:slug/service-desk',
    {
      schema: {
        tags,
        summary: "The Ask-for-help form: the business's organizations, each pillar and its questions",
        params: BusinessParams,
        response: { 200: AskForm, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => service.askForm(app.db, await ownBusiness(app.db, request, request.params.slug)),
  );

  app.get(
    base,
    {
      schema: {
        tags,
        summary: "The business's requests for help, newest first",
        params: BusinessParams,
        response: { 200: ServiceRequestList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => service.listRequests(app.db, await ownBusiness(app.db, request, request.params.slug)),
  );

  app.post(
    base,
    {
      schema: {
        tags,
        summary:
          'File a request for a pillar: it goes at once to every vetted partner serving the area, language and size with capacity left; 2 business days to opt in',
        params: BusinessParams,
        body: FileBody,
        response: { 201: ServiceRequest, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const now = new Date();
      const result = await app.db.transaction().execute(async (trx) => {
        const business = await ownBusiness(trx, request, request.params.slug);
        const { userId } = requireUser(request);
        const id = await service.fileRequest(
          trx,
          mailerOf(app),
          business,
          userId,
          request.body,
          request.locale,
          now,
        );
        return service.getRequest(trx, business, id);
      });
      return reply.status(201).send(result);
    },
  );

  app.get(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: "A request with the partners' proposals; a partner's contact details once picked",
        params: RequestParams,
        response: { 200: ServiceRequest, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const business = await ownBusiness(app.db, request, request.params.slug);
      return service.getRequest(app.db, business, request.params.id);
    },
  );

  app.post(
    `${base}/:id/attachments`,
    {
      schema: {
        tags,
        summary:
          'Attach a file (multipart field `file`: PDF, JPEG, PNG or WebP, at most 10 MB, 5 per request)',
        consumes: ['multipart/form-data'],
        params: RequestParams,
        response: { 201: AttachmentResponse, ...errorResponses(400, 401, 403, 404, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      // Checked before reading the upload, so strangers cannot make the server read files.
      await service.getRequest(
        app.db,
        await ownBusiness(app.db, request, request.params.slug),
        request.params.id,
      );
      const file = await uploadedFile(request, {
        maxBytes: MAX_ATTACHMENT_BYTES,
        missing: deskError('fileMissing'),
        notMultipart: 'missing',
      });
      const attachment = await app.db.transaction().execute(async (trx) => {
        const business = await ownBusiness(trx, request, request.params.slug);
        return addAttachment(
          trx,
          app.config.uploadDir,
          business,
          request.params.id,
          file,
          request.locale,
          new Date(),
        );
      });
      return reply.status(201).send({ attachment });
    },
  );

  app.post(
    `${base}/:id/pick`,
    {
      schema: {
        tags,
        summary:
          'Pick one or more partners among those who proposed: contacts are exchanged, both sides e-mailed',
        params: RequestParams,
        body: PickBody,
        response: { 200: ServiceRequest, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const business = await ownBusiness(trx, request, request.params.slug);
        const { id } = request.params;
        await service.pick(
          trx,
          mailerOf(app),
          business,
          id,
          request.body.businessSlugs,
          request.locale,
          new Date(),
        );
        return service.getRequest(trx, business, id);
      }),
  );

  app.post(
    `${base}/:id/withdraw`,
    {
      schema: {
        tags,
        summary: 'Withdraw the request: partners are told, later proposals are refused (409)',
        params: RequestParams,
        response: { 200: ServiceRequest, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const business = await ownBusiness(trx, request, request.params.slug);
        await service.withdraw(trx, business, request.params.id, request.locale, new Date());
        return service.getRequest(trx, business, request.params.id);
      }),
  );

  app.post(
    `${base}/:id/outcome`,
    {
      schema: {
        tags,
        summary:
          "The member's rating (1–5) and outcome (saved dollars, loan approved, site live, other): done",
        params: RequestParams,
        body: OutcomeBody,
        response: { 200: ServiceRequest, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const business = await ownBusiness(trx, request, request.params.slug);
        await service.recordOutcome(
          trx,
          business,
          request.params.id,
          request.body,
          request.locale,
          new Date(),
        );
        return service.getRequest(trx, business, request.params.id);
      }),
  );

  app.get(
    '/service-requests/inbox',
    {
      schema: {
        tags,
        summary:
          "Requests routed to the caller's businesses, with their deadline and the member's contact once picked",
        response: { 200: Inbox, ...errorResponses(401, 403) },
      },
    },
    async (request) => service.inbox(app.db, requireUser(request).userId, new Date()),
  );

  app.post(
    '/service-requests/:id/proposals',
    {
      schema: {
        tags,
        summary:
          'Opt in for one of your businesses with a short proposal and any commercial interest; 409 after the deadline or once withdrawn',
        params: InboxParams,
        body: ProposalBody,
        response: { 200: Ok, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const partner = await ownBusiness(trx, request, request.body.businessSlug);
        await service.propose(trx, partner, request.params.id, request.body, request.locale, new Date());
        return { ok: true as const };
      }),
  );

  app.get(
    '/service-requests/:id/attachments/:attachmentId',
    {
      schema: {
        tags,
        summary: "A request's attachment: its business's people, the partners it went to, the desk",
        params: AttachmentParams,
        response: errorResponses(401, 403, 404),
      },
    },
    async (request, reply) => {
      const file = await readAttachment(
        app.db,
        app.config.uploadDir,
        request,
        request.params.id,
        request.params.attachmentId,
      );
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${encodeURIComponent(file.fileName)}"`)
        .send(file.data);
    },
  );

  await app.register(deskRoutes);
};
