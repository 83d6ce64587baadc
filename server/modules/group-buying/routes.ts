import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses, requireUser } from '../../platform/http.ts';
import { organizationFor } from '../organizations/access.ts';
import { organizationBySlug } from '../organizations/service.ts';
import { organizationStore, viewerOf } from './access.ts';
import { cancelOrder, closeOrder } from './closing.ts';
import {
  CommitmentBody,
  CommitmentParams,
  GroupOrder,
  GroupOrderCreateBody,
  GroupOrderList,
  OrderParams,
  OrgParams,
  Suggestion,
} from './schema.ts';
import * as service from './service.ts';
import { suggestQuantity } from './suggestion.ts';

const tags = ['group-buying'];
const base = '/organizations/:slug/group-orders';

/** Group buying: an organization's stores pool orders of one supplier product to reach a price break. */
export const groupBuyingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    base,
    {
      schema: {
        tags,
        summary: "The organization's group orders, open ones first, with the pooled total against the break",
        params: OrgParams,
        response: { 200: GroupOrderList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const organization = await organizationFor(app.db, request, request.params.slug, 'groupOrders.read');
      return service.listOrders(app.db, organization, viewerOf(request, organization), new Date());
    },
  );

  app.post(
    base,
    {
      schema: {
        tags,
        summary:
          'Start a group order: supplier and SKU, bilingual title, regular and break price, break quantity, closing day',
        params: OrgParams,
        body: GroupOrderCreateBody,
        response: { 201: GroupOrder, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const order = await app.db.transaction().execute(async (trx) => {
        const organization = await organizationFor(trx, request, request.params.slug, 'groupOrders.organize');
        const { businessSlug } = request.body;
        const store = businessSlug ? await organizationStore(trx, request, organization, businessSlug) : null;
        const viewer = viewerOf(request, organization);
        return service.createOrder(trx, organization, viewer, request.body, store, new Date());
      });
      return reply.status(201).send(order);
    },
  );

  app.get(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary:
          "A group order: its organizer and admins see every store's quantity, other stores only theirs",
        params: OrderParams,
        response: { 200: GroupOrder, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const organization = await organizationFor(app.db, request, request.params.slug, 'groupOrders.read');
      const viewer = viewerOf(request, organization);
      return service.getOrder(app.db, organization, request.params.id, viewer, new Date());
    },
  );

  app.put(
    `${base}/:id/commitments/:businessSlug`,
    {
      schema: {
        tags,
        summary: "Join with one of the caller's stores, or change its quantity (whole units, while open)",
        params: CommitmentParams,
        body: CommitmentBody,
        response: { 200: GroupOrder, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const organization = await organizationBySlug(trx, request.params.slug);
        const store = await organizationStore(trx, request, organization, request.params.businessSlug);
        const viewer = { ...viewerOf(request, organization), userId: requireUser(request).userId };
        const { id } = request.params;
        return service.commit(trx, organization, id, store, viewer, request.body.quantity, new Date());
      }),
  );

  app.delete(
    `${base}/:id/commitments/:businessSlug`,
    {
      schema: {
        tags,
        summary: "Withdraw the store's commitment (while open)",
        params: CommitmentParams,
        response: { 200: GroupOrder, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const organization = await organizationBySlug(trx, request.params.slug);
        const store = await organizationStore(trx, request, organization, request.params.businessSlug);
        const viewer = viewerOf(request, organization);
        return service.withdraw(trx, organization, request.params.id, store, viewer, new Date());
      }),
  );

  app.get(
    `${base}/:id/commitments/:businessSlug/suggestion`,
    {
      schema: {
        tags,
        summary:
          "What the store's own forecast suggests ordering of its product with the supplier's SKU (a prefill)",
        params: CommitmentParams,
        response: { 200: Suggestion, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const organization = await organizationBySlug(app.db, request.params.slug);
      const store = await organizationStore(app.db, request, organization, request.params.businessSlug);
      return suggestQuantity(app.db, organization, request.params.id, store, new Date());
    },
  );

  app.post(
    `${base}/:id/close`,
    {
      schema: {
        tags,
        summary:
          'Close it (organizer or admin): at the break, a draft purchase order in each store’s books at the break price',
        params: OrderParams,
        response: { 200: GroupOrder, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const organization = await organizationFor(trx, request, request.params.slug, 'groupOrders.read');
        const viewer = viewerOf(request, organization);
        return closeOrder(trx, organization, request.params.id, viewer, new Date());
      }),
  );

  app.post(
    `${base}/:id/cancel`,
    {
      schema: {
        tags,
        summary: 'Cancel it (organizer or admin): nothing is ordered, the stores that joined are told',
        params: OrderParams,
        response: { 200: GroupOrder, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const organization = await organizationFor(trx, request, request.params.slug, 'groupOrders.read');
        const viewer = viewerOf(request, organization);
        return cancelOrder(trx, organization, request.params.id, viewer, new Date());
      }),
  );
};
