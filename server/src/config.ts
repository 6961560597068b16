import { z } from 'zod';

const boolean = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/i, error: 'must be an http(s) URL such as https://katilim.izmir.bel.tr' })
    .optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'must be a postgres:// connection string (unset it to use the embedded database)' })
    .optional(),
  PGLITE_DIR: z.string().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, { error: 'must look like smtp://user:pass@host:587 or smtps://host:465' })
    .optional(),
  MAIL_FROM: z.string().default('Katılım İzmir <katilim@izmir.bel.tr>'),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(24 * 14),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
  LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(30),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  LOGIN_MAX_FAILURES_PER_DEVICE: z.coerce.number().int().min(1).default(5),
  TRUSTED_DEVICE_DAYS: z.coerce.number().int().min(1).max(730).default(180),
  MAIL_MAX_PER_ADDRESS: z.coerce.number().int().min(1).default(3),
  MAIL_MAX_PER_IP: z.coerce.number().int().min(1).default(50),
  // Rate-limit events are pruned after a day, so no window may be longer.
  MAIL_WINDOW_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(60),
  JOBS: boolean.default(true),
  SEED: boolean.optional(),
  TRUST_PROXY: boolean.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CLIENT_DIST: z.string().optional(),
});

export type Config = z.infer<typeof schema> & { publicUrl: string; cookieSecure: boolean };

export class ConfigError extends Error {}

/** Reads and checks the environment once at start-up; every bad variable is named in one message. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // A variable set to nothing (or only spaces) counts as unset.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const config = result.data;
  const publicUrl = (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, '');
  return { ...config, publicUrl, cookieSecure: /^https:\/\//i.test(publicUrl) };
}
