// Start-up configuration: pure, no database. A bad environment stops the server with one message
// that names every bad variable, so an operator fixes them all in one go.
import { ConfigError, loadConfig } from '@katilim/server/config';
import { describe, expect, it } from 'vitest';

/** The variables a ConfigError message names, in order. */
function namedIn(error: unknown): string[] {
  expect(error).toBeInstanceOf(ConfigError);
  return [...(error as ConfigError).message.matchAll(/^\s+(\w+): /gm)].map((match) => match[1]!);
}

function failureOf(env: Record<string, string>): unknown {
  try {
    loadConfig(env);
  } catch (error) {
    return error;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('has working defaults for an empty environment', () => {
    expect(loadConfig({})).toEqual({
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: 4000,
      DATABASE_POOL_SIZE: 10,
      MAIL_FROM: 'Katılım İzmir <katilim@izmir.bel.tr>',
      SESSION_TTL_HOURS: 24 * 14,
      LOGIN_MAX_FAILURES_PER_ACCOUNT: 5,
      LOGIN_MAX_FAILURES_PER_IP: 30,
      LOGIN_WINDOW_MINUTES: 15,
      LOGIN_MAX_FAILURES_PER_DEVICE: 5,
      TRUSTED_DEVICE_DAYS: 180,
      MAIL_MAX_PER_ADDRESS: 3,
      MAIL_MAX_PER_IP: 50,
      MAIL_WINDOW_MINUTES: 60,
      JOBS: true,
      TRUST_PROXY: false,
      LOG_LEVEL: 'info',
      publicUrl: 'http://localhost:4000',
      cookieSecure: false,
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '', LOG_LEVEL: '' })).toMatchObject({ PORT: 4000, LOG_LEVEL: 'info' });
    expect(loadConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
    expect(loadConfig({ PORT: '   ' }).PORT).toBe(4000);
  });

  it('makes cookies Secure for https in any letter case', () => {
    expect(loadConfig({ PUBLIC_URL: 'HTTPS://katilim.izmir.bel.tr' }).cookieSecure).toBe(true);
  });

  it('reads numbers, switches and URLs from their text', () => {
    const config = loadConfig({
      PORT: '8080',
      JOBS: '0',
      TRUST_PROXY: 'true',
      DATABASE_URL: 'postgresql://katilim@db:5432/katilim',
      SMTP_URL: 'smtps://mail.izmir.bel.tr:465',
      PUBLIC_URL: 'https://katilim.izmir.bel.tr/',
    });
    expect(config).toMatchObject({
      PORT: 8080,
      JOBS: false,
      TRUST_PROXY: true,
      DATABASE_URL: 'postgresql://katilim@db:5432/katilim',
      SMTP_URL: 'smtps://mail.izmir.bel.tr:465',
      publicUrl: 'https://katilim.izmir.bel.tr',
    });
  });

  it.each([
    ['PORT', 'abc', /expected number/],
    ['PORT', '70000', /65535/],
    ['DATABASE_URL', 'mysql://x', /postgres:\/\//],
    ['SMTP_URL', 'http://x', /smtp:\/\//],
    ['PUBLIC_URL', 'not-a-url', /http\(s\) URL/],
    ['PUBLIC_URL', 'javascript:alert(1)', /http\(s\) URL/],
    ['LOG_LEVEL', 'loud', /"info"/],
    ['JOBS', 'maybe', /"true"/],
  ])('refuses %s=%s, naming that variable alone', (name, value, reason) => {
    const error = failureOf({ [name]: value });
    expect(namedIn(error)).toEqual([name]);
    expect((error as Error).message).toMatch(reason);
  });

  it('names every bad variable in one message', () => {
    const error = failureOf({
      PORT: 'abc',
      DATABASE_URL: 'mysql://x',
      SMTP_URL: 'http://x',
      PUBLIC_URL: 'not-a-url',
      LOG_LEVEL: 'loud',
      JOBS: 'maybe',
      HOST: '0.0.0.0',
    });
    expect(namedIn(error).sort()).toEqual(['DATABASE_URL', 'JOBS', 'LOG_LEVEL', 'PORT', 'PUBLIC_URL', 'SMTP_URL']);
    expect((error as Error).message).toMatch(/^Invalid configuration:\n/);
  });

  it.each([
    [undefined, false],
    ['http://localhost:4000', false],
    ['http://katilim.izmir.bel.tr', false],
    ['https://katilim.izmir.bel.tr', true],
    ['https://katilim.izmir.bel.tr/', true],
  ])('marks the session cookie Secure only for an https address (PUBLIC_URL=%s → %s)', (publicUrl, secure) => {
    expect(loadConfig(publicUrl ? { PUBLIC_URL: publicUrl } : {}).cookieSecure).toBe(secure);
  });
});
