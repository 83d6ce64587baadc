import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses, requireUser } from '../../../platform/http.ts';
import { inventoryBusiness } from '../access.ts';
import { orderPdf } from './document.ts';
import * as orders from './orders.ts';
import {
  AccuracyTrack,
  IdParams,
  Order,
  OrderActionBody,
  OrderCreateBody,
  OrderPage,
  OrderQuery,
  OrderUpdateBody,
  OrderingSettings,
  OrderingSettingsBody,
  ReceiveBody,
  SendResult,
  SlugParams,
  SuggestionQuery,
  Suggestions,
} from './schema.ts';
import { orderingSettings, saveOrderingSettings } from './settings.ts';
import { productAccuracy, suggestions } from './suggestions.ts';

const tags = ['inventory'];
const base = '/businesses/:slug/inventory';

/** Smart Store: ordering settings, purchase suggestions and purchase orders — the store's own people only. */
export const purchasingRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    `${base}/settings`,
    {
      schema: {
        tags,
        summary: 'How the store orders: review period, service level, holding rate, order cost, time zone',
        params: SlugParams,
        response: { 200: OrderingSettings, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const business = await inventoryBusiness(app.db, request, request.params.slug);
      return orderingSettings(app.db, business.id);
    },
  );

  app.put(
    `${base}/settings`,
    {
      schema: {
        tags,
        summary: 'Change how the store orders (fields left out keep their value)',
        params: SlugParams,
        body: OrderingSettingsBody,
        response: { 200: OrderingSettings, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const business = await inventoryBusiness(trx, request, request.params.slug);
        return saveOrderingSettings(trx, business.id, request.body, new Date());
      }),
  );

  app.get(
    `${base}/suggestions`,
    {
      schema: {
        tags,
        summary:
          'What to order today, by supplier: forecast, safety stock, reorder level, order-up-to, on hand, ' +
          'on order, the suggested quantity and how far the forecast can be trusted',
        params: SlugParams,
        querystring: SuggestionQuery,
        response: { 200: Suggestions, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const business = await inventoryBusiness(app.db, request, request.params.slug);
      return suggestions(app.db, business.id, request.query, new Date());
    },
  );

  app.get(
    `${base}/products/:id/accuracy`,
    {
      schema: {
        tags,
        summary: "A product's forecast accuracy week by week (MASE of its method and of the naive baseline)",
        params: IdParams,
        response: { 200: AccuracyTrack, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const business = await inventoryBusiness(app.db, request, request.params.slug);
      return productAccuracy(app.db, business.id, request.params.id, new Date());
    },
  );

  app.get(
    `${base}/purchase-orders`,
    {
      schema: {
        tags,
        summary: "The store's purchase orders, newest first (paged, optionally by status)",
        params: SlugParams,
        querystring: OrderQuery,
        response: { 200: OrderPage, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const business = await inventoryBusiness(app.db, request, request.params.slug);
      return orders.listOrders(app.db, business.id, request.query);
    },
  );

  app.post(
    `${base}/purchase-orders`,
    {
      schema: {
        tags,
        summary: 'Make a draft purchase order to one supplier (e.g. from its suggestions, edited)',
        params: SlugParams,
        body: OrderCreateBody,
        response: { 201: Order, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const order = await app.db.transaction().execute(async (trx) => {
        const business = await inventoryBusiness(trx, request, request.params.slug);
        return orders.createOrder(trx, business.id, requireUser(request).userId, request.body, new Date());
      });
      return reply.status(201).send(order);
    },
  );

  app.get(
    `${base}/purchase-orders/:id`,
    {
      schema: {
        tags,
        summary: 'A purchase order with its lines',
        params: IdParams,
        response: { 200: Order, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const business = await inventoryBusiness(app.db, request, request.params.slug);
      return orders.getOrder(app.db, business.id, request.params.id);
    },
  );

  app.patch(
    `${base}/purchase-orders/:id`,
    {
      schema: {
        tags,
        summary: "Change a draft's lines or note (409 when `version` is not the order's current version)",
        params: IdParams,
        body: OrderUpdateBody,
        response: { 200: Order, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const business = await inventoryBusiness(trx, request, request.params.slug);
        return orders.updateOrder(trx, business.id, request.params.id, request.body, new Date());
      }),
  );

  app.post(
    `${base}/purchase-orders/:id/send`,
    {
      schema: {
        tags,
        summary: "Send a draft: e-mail with the PDF to the supplier, in the supplier's language",
        params: IdParams,
        body: OrderActionBody,
        response: { 200: SendResult, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const business = await inventoryBusiness(trx, request, request.params.slug);
        const mail = { smtpConfigured: app.mail.smtpConfigured, uploadDir: app.config.uploadDir };
        return orders.sendOrder(trx, business.id, request.params.id, request.body, mail, new Date());
      }),
  );

  app.get(
    `${base}/purchase-orders/:id/pdf`,
    {
      schema: {
        tags,
        summary: "The purchase order as a PDF, in the order's language",
        params: IdParams,
        response: errorResponses(401, 403, 404),
      },
    },
    async (request, reply) => {
      const business = await inventoryBusiness(app.db, request, request.params.slug);
      const order = await orders.getOrder(app.db, business.id, request.params.id);
      const pdf = await orderPdf(app.db, business.id, order);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${order.label}.pdf"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );

  app.post(
    `${base}/purchase-orders/:id/receive`,
    {
      schema: {
        tags,
        summary:
          'Receive a sent order in part or in full: a receipt movement per line, never more than ordered',
        params: IdParams,
        body: ReceiveBody,
        response: { 200: Order, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const business = await inventoryBusiness(trx, request, request.params.slug);
        const userId = requireUser(request).userId;
        return orders.receiveOrder(trx, business.id, userId, request.params.id, request.body, new Date());
      }),
  );

  app.post(
    `${base}/purchase-orders/:id/cancel`,
    {
      schema: {
        tags,
        summary: 'Cancel a draft or sent order',
        params: IdParams,
        body: OrderActionBody,
        response: { 200: Order, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const business = await inventoryBusiness(trx, request, request.params.slug);
        return orders.cancelOrder(trx, business.id, request.params.id, request.body, new Date());
      }),
  );
};
