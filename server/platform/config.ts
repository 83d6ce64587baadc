import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** postgres://… when set; otherwise the embedded SQLite file at sqlitePath. */
  databaseUrl: string | undefined;
  sqlitePath: string;
  redisUrl: string | undefined;
  /** Prefix of every Redis key, so several deployments (or test runs) can share one Redis. */
  redisNamespace: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Where links in e-mails point. */
  publicUrl: string;
  /** Cookies get the Secure flag when the public URL is https. */
  secureCookies: boolean;
  uploadDir: string;
  loginRateLimit: number;
  /** Leaflet tile URL template for Safe City maps (MAP_TILE_URL); empty: markers on a plain background. */
  mapTileUrl: string;
  /** The attribution the tile provider requires (MAP_TILE_ATTRIBUTION). */
  mapTileAttribution: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  const publicUrl = env.PUBLIC_URL ?? `http://localhost:${port}`;
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    sqlitePath: env.SQLITE_PATH ?? path.resolve('data', 'dari.db'),
    redisUrl: env.REDIS_URL || undefined,
    redisNamespace: env.REDIS_NAMESPACE ?? 'dari',
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Dari <no-reply@dari.local>',
    publicUrl,
    secureCookies: publicUrl.startsWith('https://'),
    uploadDir: env.UPLOAD_DIR ?? path.resolve('data', 'uploads'),
    loginRateLimit: Number(env.LOGIN_RATE_LIMIT ?? 10),
    mapTileUrl: env.MAP_TILE_URL ?? '',
    mapTileAttribution: env.MAP_TILE_ATTRIBUTION ?? '',
  };
}
