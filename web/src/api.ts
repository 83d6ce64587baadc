import i18next from 'i18next';

/** The one way the web app talks to the server: JSON, the session cookie, the CSRF token on writes. */

export interface ApiErrorBody {
  code: string;
  message: string;
  fields?: Record<string, string>;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;

  constructor(status: number, body: ApiErrorBody) {
    super(body.message);
    this.status = status;
    this.code = body.code;
    this.fields = body.fields ?? {};
  }
}

/** The session's CSRF token ('' when signed out); null until the session has been read once. */
let csrfToken: string | null = null;

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/**
 * A write sent before the page's session query came back (a file chosen the moment the page shows) would go
 * without its token and be refused: it reads the session first.
 */
async function tokenForWrites(): Promise<string> {
  if (csrfToken === null) {
    const session = await request<{ csrfToken: string | null }>('GET', '/session');
    csrfToken ??= session.csrfToken ?? '';
  }
  return csrfToken;
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { 'accept-language': i18next.language || 'en' };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) {
    payload = body;
  } else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const token = method === 'GET' ? '' : await tokenForWrites();
  if (token) {
    headers['x-csrf-token'] = token;
  }
  const response = await fetch(`/api/v1${path}`, {
    method,
    headers,
    body: payload,
    credentials: 'same-origin',
  });
  if (response.status === 204) {
    return undefined as T;
  }
  const data: unknown = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = (data as { error?: ApiErrorBody }).error ?? {
      code: 'internal',
      message: response.statusText,
    };
    throw new ApiError(response.status, error);
  }
  return data as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};
