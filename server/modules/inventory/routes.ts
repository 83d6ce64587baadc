import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errorResponses, requireUser } from '../../platform/http.ts';
import { inventoryBusiness } from './access.ts';
import * as movements from './movements.ts';
import {
  BarcodeParams,
  IdParams,
  Location,
  LocationBody,
  LocationList,
  MovementBody,
  MovementPage,
  MovementQuery,
  MovementResult,
  Product,
  ProductCreateBody,
  ProductPage,
  ProductQuery,
  ProductUpdateBody,
  SlugParams,
  StockPage,
  StockQuery,
  Supplier,
  SupplierCreateBody,
  SupplierList,
  SupplierUpdateBody,
} from './schema.ts';
import * as service from './service.ts';

const tags = ['inventory'];
const base = '/businesses/:slug/inventory';

/** Smart Store: a store's locations, suppliers, catalogue and stock movements — its own people only. */
export const inventoryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    `${base}/locations`,
    {
      schema: {
        tags,
        summary: "The store's stock locations (a Main location is made on first use)",
        params: SlugParams,
        response: { 200: LocationList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const business = await inventoryBusiness(trx, request, request.params.slug);
        return service.listLocations(trx, business.id, new Date());
      }),
  );

  app.post(
    `${base}/locations`,
    {
      schema: {
        tags,
        summary: 'Add a stock location (a back room, a second shop)',
        params: SlugParams,
        body: LocationBody,
        response: { 201: Location, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const location = await app.db.transaction().execute(async (trx) => {
        const business = await inventoryBusiness(trx, request, request.params.slug);
        return service.createLocation(trx, business.id, request.body, new Date());
      });
      return reply.status(201).send(location);
    },
  );

  app.get(
    `${base}/suppliers`,
    {
      schema: {
        tags,
        summary: "The store's suppliers",
        params: SlugParams,
        response: { 200: SupplierList, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const business = await inventoryBusiness(app.db, request, request.params.slug);
      return service.listSuppliers(app.db, business.id);
    },
  );

  app.post(
    `${base}/suppliers`,
    {
      schema: {
        tags,
        summary: 'Add a supplier: name, e-mail, phone, purchase-order language, lead time',
        params: SlugParams,
        body: SupplierCreateBody,
        response: { 201: Supplier, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const supplier = await app.db.transaction().execute(async (trx) => {
        const business = await inventoryBusiness(trx, request, request.params.slug);
        return service.createSupplier(trx, business.id, request.body, new Date());
      });
      return reply.status(201).send(supplier);
    },
  );

  app.patch(
    `${base}/suppliers/:id`,
    {
      schema: {
        tags,
        summary: 'Change a supplier',
        params: IdParams,
        body: SupplierUpdateBody,
        response: { 200: Supplier, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const business = await inventoryBusiness(trx, request, request.params.slug);
        return service.updateSupplier(trx, business.id, request.params.id, request.body);
      }),
  );

  app.get(
    `${base}/products`,
    {
      schema: {
        tags,
        summary: "The store's products, searched by SKU, barcode or name, with on-hand (paged)",
        params: SlugParams,
        querystring: ProductQuery,
        response: { 200: ProductPage, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const business = await inventoryBusiness(app.db, request, request.params.slug);
      return service.searchProducts(app.db, business.id, request.query);
    },
  );

  app.post(
    `${base}/products`,
    {
      schema: {
        tags,
        summary: 'Add a product: SKU, barcode, names in Korean and English, cost, price, suppliers',
        params: SlugParams,
        body: ProductCreateBody,
        response: { 201: Product, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const product = await app.db.transaction().execute(async (trx) => {
        const business = await inventoryBusiness(trx, request, request.params.slug);
        return service.createProduct(trx, business.id, request.body, new Date());
      });
      return reply.status(201).send(product);
    },
  );

  app.get(
    `${base}/products/:id`,
    {
      schema: {
        tags,
        summary: 'A product with its suppliers and on-hand',
        params: IdParams,
        response: { 200: Product, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const business = await inventoryBusiness(app.db, request, request.params.slug);
      return service.getProduct(app.db, business.id, request.params.id);
    },
  );

  app.patch(
    `${base}/products/:id`,
    {
      schema: {
        tags,
        summary: 'Change a product (a given supplier list replaces the old one)',
        params: IdParams,
        body: ProductUpdateBody,
        response: { 200: Product, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      app.db.transaction().execute(async (trx) => {
        const business = await inventoryBusiness(trx, request, request.params.slug);
        return service.updateProduct(trx, business.id, request.params.id, request.body, new Date());
      }),
  );

  app.get(
    `${base}/barcodes/:barcode`,
    {
      schema: {
        tags,
        summary: 'The product with this barcode (typed or scanned)',
        params: BarcodeParams,
        response: { 200: Product, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const business = await inventoryBusiness(app.db, request, request.params.slug);
      return service.productByBarcode(app.db, business.id, request.params.barcode);
    },
  );

  app.get(
    `${base}/products/:id/movements`,
    {
      schema: {
        tags,
        summary: "A product's stock movements, newest first (paged)",
        params: IdParams,
        querystring: MovementQuery,
        response: { 200: MovementPage, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const business = await inventoryBusiness(app.db, request, request.params.slug);
      return movements.productMovements(app.db, business.id, request.params.id, request.query);
    },
  );

  app.post(
    `${base}/movements`,
    {
      schema: {
        tags,
        summary: 'Record a receipt, sale, adjustment, count or transfer (the only way stock changes)',
        params: SlugParams,
        body: MovementBody,
        response: { 201: MovementResult, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const result = await app.db.transaction().execute(async (trx) => {
        const business = await inventoryBusiness(trx, request, request.params.slug);
        return movements.recordMovement(
          trx,
          business.id,
          requireUser(request).userId,
          request.body,
          new Date(),
        );
      });
      return reply.status(201).send(result);
    },
  );

  app.get(
    `${base}/stock`,
    {
      schema: {
        tags,
        summary: 'On-hand by product and location, anomalies marked (paged)',
        params: SlugParams,
        querystring: StockQuery,
        response: { 200: StockPage, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const business = await inventoryBusiness(app.db, request, request.params.slug);
      return movements.stockLevels(app.db, business.id, request.query);
    },
  );
};
