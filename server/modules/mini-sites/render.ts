import type { Locale } from '../../platform/db/schema.ts';
import { translator } from '../../platform/i18n/index.ts';
import { days } from './hours.ts';
import { scriptJson } from './json-ld.ts';
import type { SitePage } from './page.ts';
import { themeCss } from './themes.ts';
import './messages.ts';

/**
 * The mini-site's HTML, rendered on the server: no client script (the only <script> is the JSON-LD data
 * block). Every piece of user text goes through `esc`; URLs are built by page.ts from known parts.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const languageNames: Record<Locale, string> = { ko: '한국어', en: 'English' };
const ogLocales: Record<Locale, string> = { ko: 'ko_KR', en: 'en_US' };

const meta = (property: string, content: string, attribute = 'property') =>
  `<meta ${attribute}="${esc(property)}" content="${esc(content)}">`;

function head(p: SitePage): string {
  const t = translator(p.locale);
  const description = p.tagline || p.about.slice(0, 200) || p.place;
  const other: Locale = p.locale === 'ko' ? 'en' : 'ko';
  const tags = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(p.name)}</title>`,
    meta('description', description, 'name'),
    `<link rel="canonical" href="${esc(p.pageUrl)}">`,
    ...(['ko', 'en'] as const).map(
      (l) => `<link rel="alternate" hreflang="${l}" href="${esc(p.alternates[l])}">`,
    ),
    `<link rel="alternate" hreflang="x-default" href="${esc(p.pageUrl.replace(/\?.*$/, ''))}">`,
    meta('og:type', 'website'),
    meta('og:site_name', t('miniSites:page.madeWith')),
    meta('og:title', p.name),
    meta('og:description', description),
    meta('og:url', p.pageUrl),
    meta('og:locale', ogLocales[p.locale]),
    meta('og:locale:alternate', ogLocales[other]),
    ...(p.shareImage ? [meta('og:image', p.shareImage), meta('og:image:alt', p.name)] : []),
    meta('twitter:card', p.shareImage && p.shareImage !== p.logo ? 'summary_large_image' : 'summary', 'name'),
    meta('twitter:title', p.name, 'name'),
    meta('twitter:description', description, 'name'),
    ...(p.shareImage ? [meta('twitter:image', p.shareImage, 'name')] : []),
    `<style>${themeCss(p.theme)}</style>`,
    `<script type="application/ld+json">${scriptJson(p.structuredData)}</script>`,
  ];
  return tags.join('\n');
}

function hoursSection(p: SitePage): string {
  if (p.hours.length === 0) {
    return '';
  }
  const t = translator(p.locale);
  const rows = days.map((day) => {
    const spans = p.hours.filter((h) => h.day === day).map((h) => `${h.opens}–${h.closes}`);
    return `<tr><th scope="row">${esc(t(`miniSites:days.${day}`))}</th><td>${esc(
      spans.length > 0 ? spans.join(', ') : t('miniSites:page.closed'),
    )}</td></tr>`;
  });
  return `<section aria-labelledby="hours-title"><h2 id="hours-title">${esc(t('miniSites:page.hours'))}</h2>
<table>${rows.join('')}</table></section>`;
}

function photosSection(p: SitePage): string {
  if (p.photos.length === 0) {
    return '';
  }
  const t = translator(p.locale);
  const items = p.photos.map(
    (url, i) =>
      `<li><img src="${esc(url)}" alt="${esc(t('miniSites:page.photoAlt', { n: i + 1, name: p.name }))}" loading="lazy" width="400" height="300"></li>`,
  );
  return `<section aria-labelledby="photos-title"><h2 id="photos-title">${esc(t('miniSites:page.photos'))}</h2>
<ul class="photos">${items.join('')}</ul></section>`;
}

function offersSection(p: SitePage): string {
  if (p.offers.length === 0) {
    return '';
  }
  const t = translator(p.locale);
  const items = p.offers.map(
    (o) =>
      `<li><strong>${esc(o.pillar)}</strong>${esc(o.description)}${o.priceHint ? ` · ${esc(o.priceHint)}` : ''}</li>`,
  );
  return `<section aria-labelledby="offers-title"><h2 id="offers-title">${esc(t('miniSites:page.offers'))}</h2>
<ul class="offers">${items.join('')}</ul></section>`;
}

function contactSection(p: SitePage): string {
  const t = translator(p.locale);
  const row = (label: string, value: string) =>
    `<dt>${esc(t(`miniSites:page.${label}`))}</dt><dd>${value}</dd>`;
  const rows = [
    row(
      'address',
      `${esc([p.streetAddress, p.place].filter(Boolean).join(', '))}<br><a href="${esc(p.mapUrl)}" rel="noopener">${esc(t('miniSites:page.mapLink'))}</a>`,
    ),
    p.phone ? row('phone', `<a href="tel:${esc(p.phone.replace(/[^0-9+]/g, ''))}">${esc(p.phone)}</a>`) : '',
    p.email ? row('email', `<a href="mailto:${esc(p.email)}">${esc(p.email)}</a>`) : '',
    p.website ? row('website', `<a href="${esc(p.website)}" rel="noopener">${esc(p.website)}</a>`) : '',
  ];
  return `<section aria-labelledby="contact-title"><h2 id="contact-title">${esc(t('miniSites:page.contact'))}</h2>
<dl>${rows.join('')}</dl></section>`;
}

/** The public mini-site. */
export function renderSitePage(p: SitePage): string {
  const t = translator(p.locale);
  const other: Locale = p.locale === 'ko' ? 'en' : 'ko';
  const logo = p.logo
    ? `<img src="${esc(p.logo)}" alt="${esc(t('miniSites:page.logoAlt', { name: p.name }))}" width="72" height="72">`
    : '';
  const alternateName =
    p.alternateName && p.alternateName !== p.name
      ? `<p class="alt-name" lang="${other}">${esc(p.alternateName)}</p>`
      : '';
  return `<!doctype html>
<html lang="${p.locale}">
<head>
${head(p)}
</head>
<body class="theme-${p.theme}">
<header>
${logo}
<div><h1>${esc(p.name)}</h1>${alternateName}${p.tagline ? `<p class="tagline">${esc(p.tagline)}</p>` : ''}</div>
<nav class="lang" aria-label="${esc(t('miniSites:page.otherLanguage'))}"><a href="${esc(p.alternates[other])}" hreflang="${other}" lang="${other}">${languageNames[other]}</a></nav>
</header>
<main>
${p.about ? `<section aria-labelledby="about-title"><h2 id="about-title">${esc(t('miniSites:page.about'))}</h2><p class="about">${esc(p.about)}</p></section>` : ''}
${hoursSection(p)}
${offersSection(p)}
${photosSection(p)}
${contactSection(p)}
<p><a class="cta" href="${esc(p.directoryUrl)}">${esc(t('miniSites:page.introduce'))}</a></p>
</main>
<footer><p>${esc(t('miniSites:page.madeWith'))}</p></footer>
</body>
</html>
`;
}

/** A page to print for the shop window: the name in both languages and the QR code of the page. */
export function renderPrintPage(p: SitePage): string {
  const t = translator(p.locale);
  const url = p.pageUrl.replace(/\?.*$/, '');
  return `<!doctype html>
<html lang="${p.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t('miniSites:page.printTitle', { name: p.name }))}</title>
<style>${themeCss('classic')}
main{text-align:center}
.qr{width:min(80vw,9cm);height:auto}
@media print{@page{margin:1.5cm}body{font-size:20pt}}</style>
</head>
<body>
<main>
<h1>${esc(p.name)}</h1>
${p.alternateName && p.alternateName !== p.name ? `<p class="alt-name">${esc(p.alternateName)}</p>` : ''}
<p><img class="qr" src="${esc(p.qrUrl)}" alt="${esc(t('miniSites:page.qrAlt', { url }))}" width="340" height="340"></p>
<p>${esc(t('miniSites:page.scanToVisit'))}</p>
<p>${esc(url)}</p>
</main>
</body>
</html>
`;
}

/** The answer for a slug that names no business: a plain page rather than the API's JSON error. */
export function renderNotFound(locale: Locale): string {
  const t = translator(locale);
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t('miniSites:page.notFound'))}</title>
<style>${themeCss('classic')}</style>
</head>
<body>
<main>
<h1>${esc(t('miniSites:page.notFound'))}</h1>
<p><a href="/">${esc(t('miniSites:page.home'))}</a></p>
</main>
</body>
</html>
`;
}
