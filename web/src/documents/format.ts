import { useTranslation } from 'react-i18next';
import { api } from '../api.ts';
import type { DocumentDetail } from './types.ts';
import { vaultApi } from './types.ts';

/** A calendar day (YYYY-MM-DD) as the reader writes dates — the day itself, whatever the browser's zone. */
export function useDay() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language === 'ko' ? 'ko-KR' : 'en-US', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  });
  return (day: string | null) => (day ? format.format(new Date(`${day}T00:00:00Z`)) : '—');
}

/** Sends the chosen PDF or photo as the document's file (multipart field `file`). */
export function uploadFile(slug: string, id: string, file: File): Promise<DocumentDetail> {
  const body = new FormData();
  body.append('file', file);
  return api.put<DocumentDetail>(`${vaultApi.document(slug, id)}/file`, body);
}

/** 15 MB, as the server allows. */
export const MAX_FILE_BYTES = 15 * 1024 * 1024;
