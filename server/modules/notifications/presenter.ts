import type { Locale } from '../../platform/db/schema.ts';
import { t } from '../../platform/i18n/index.ts';
import './messages.ts';

export interface NotificationRow {
  id: string;
  kind: string;
  payload: string;
  read_at: string | null;
  created_at: string;
}

function parsePayload(payload: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(payload);
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Payload values as translation parameters: `xKo`/`xEn` become `x` in the reader's language. */
function paramsFor(locale: Locale, payload: Record<string, unknown>): Record<string, unknown> {
  const params: Record<string, unknown> = { ...payload };
  for (const key of Object.keys(payload)) {
    const base = key.slice(0, -2);
    if (key.endsWith('Ko') && `${base}En` in payload) {
      const ko = payload[`${base}Ko`];
      const en = payload[`${base}En`];
      params[base] = locale === 'ko' ? ko || en : en || ko;
    }
  }
  if (typeof payload.stage === 'string') {
    params.stageLabel = t(locale, `notifications:stages.${payload.stage}`);
  }
  if (typeof payload.outcome === 'string') {
    params.outcomeLabel = t(locale, `notifications:outcomes.${payload.outcome}`);
  }
  return params;
}

export interface RenderedNotification {
  title: string;
  body: string;
  link: string | null;
}

export function render(locale: Locale, kind: string, payloadJson: string): RenderedNotification {
  const payload = parsePayload(payloadJson);
  const params = paramsFor(locale, payload);
  const key = `notifications:kinds.${kind}`;
  const titleKey = `${key}.title`;
  const title = t(locale, titleKey, params);
  const known = title !== titleKey && title !== `kinds.${kind}.title`;
  return {
    title: known ? title : t(locale, 'notifications:kinds.fallback.title'),
    body: known ? t(locale, `${key}.body`, params) : '',
    link: typeof payload.link === 'string' ? payload.link : null,
  };
}

export function presentNotification(locale: Locale, row: NotificationRow) {
  return {
    id: row.id,
    kind: row.kind,
    ...render(locale, row.kind, row.payload),
    readAt: row.read_at,
    createdAt: row.created_at,
  };
}
