import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Locale } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { isLocale, localeFromAcceptLanguage } from '../../platform/i18n/index.ts';
import { readStoredFile } from '../../platform/stored-files.ts';
import { findBusinessBySlug, listOffers } from '../businesses/queries.ts';
import { sitePage, type SitePage } from './page.ts';
import type { Theme } from './themes.ts';
import { qrSvg } from './qr.ts';
import * as queries from './queries.ts';
import { renderNotFound, renderPrintPage, renderSitePage } from './render.ts';
import { ItemParams, PageQuery, SlugParams } from './schema.ts';
import { siteValues } from './service.ts';

/**
 * The public mini-site, outside /api/v1 and before the web app's fallback: server-rendered HTML that needs no
 * client script, its QR code, a page to print, and its photos. Open to anyone on purpose (a shop's page);
 * only fields the business made public reach it. Hidden from the API description.
 */

// No script may run (the JSON-LD block is data); images and styles are the page's own.
const PAGE_POLICY =
  "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** ?lang=ko|en, else the browser's Accept-Language, else English. */
function pageLocale(request: FastifyRequest, lang: string | undefined): Locale {
  return isLocale(lang) ? lang : (localeFromAcceptLanguage(request.headers['accept-language']) ?? 'en');
}

function html(reply: FastifyReply, status: number): FastifyReply {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    .header('content-security-policy', PAGE_POLICY)
    .header('vary', 'Accept-Language');
}

export const miniSitePages: FastifyPluginAsyncTypebox = async (app) => {
  /** The page's model, or undefined when no business has this slug. */
  async function loadPage(slug: string, locale: Locale, previewTheme?: Theme): Promise<SitePage | undefined> {
    const business = await findBusinessBySlug(app.db, slug);
    if (!business) {
      return undefined;
    }
    const site = await siteValues(app.db, business.id);
    const photos = await queries.listPhotos(app.db, business.id);
    const offers = await listOffers(app.db, business.id);
    return sitePage({ business, site, photos, offers }, locale, app.config.publicUrl, previewTheme);
  }

  app.get(
    '/b/:slug',
    { schema: { hide: true, params: SlugParams, querystring: PageQuery } },
    async (request, reply) => {
      const { lang, theme } = request.query;
      const locale = pageLocale(request, lang);
      const page = await loadPage(request.params.slug, locale, theme);
      if (!page) {
        return html(reply, 404).send(renderNotFound(locale));
      }
      return html(reply, 200).header('cache-control', 'public, max-age=300').send(renderSitePage(page));
    },
  );

  app.get(
    '/b/:slug/print',
    { schema: { hide: true, params: SlugParams, querystring: PageQuery } },
    async (request, reply) => {
      const locale = pageLocale(request, request.query.lang);
      const page = await loadPage(request.params.slug, locale);
      if (!page) {
        return html(reply, 404).send(renderNotFound(locale));
      }
      return html(reply, 200).send(renderPrintPage(page));
    },
  );

  app.get('/b/:slug/qr.svg', { schema: { hide: true, params: SlugParams } }, async (request, reply) => {
    const business = await findBusinessBySlug(app.db, request.params.slug);
    if (!business) {
      throw new AppError('not_found');
    }
    const url = `${app.config.publicUrl.replace(/\/+$/, '')}/b/${encodeURIComponent(business.slug)}`;
    return reply
      .type('image/svg+xml')
      .header('content-disposition', `inline; filename="${business.slug}-qr.svg"`)
      .header('cache-control', 'public, max-age=86400')
      .send(await qrSvg(url));
  });

  app.get('/b/:slug/photos/:id', { schema: { hide: true, params: ItemParams } }, async (request, reply) => {
    const business = await findBusinessBySlug(app.db, request.params.slug);
    const photo = business && (await queries.findPhoto(app.db, business.id, request.params.id));
    if (!photo) {
      throw new AppError('not_found');
    }
    return reply
      .type('image/webp')
      .header('cache-control', 'public, max-age=86400')
      .header('x-content-type-options', 'nosniff')
      .send(await readStoredFile(app.config.uploadDir, photo.path));
  });
};
