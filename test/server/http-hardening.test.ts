// Security headers on every kind of answer, and limits on what one anonymous request may ask for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../support/graphql-client.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe('security headers', () => {
  const requests: [string, () => Promise<Response>][] = [
    ['/', () => fetch(`${server.url}/`)],
    ['/health', () => fetch(`${server.url}/health`)],
    ['/graphql', () => fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ me { id } }"}' })],
  ];

  it.each(requests)('are set on %s', async (_path, send) => {
    const response = await send();
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    const permissions = response.headers.get('permissions-policy') ?? '';
    expect(permissions).toContain('camera=(self)');
    expect(permissions).toContain('microphone=()');
    expect(permissions).toContain('geolocation=()');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('field suggestions', () => {
  // Outside production they help developers; production hides them (production-errors.test.ts).
  it('are given outside production', async () => {
    const response = await new GraphQLClient(server.graphqlUrl).request('{ me { emial } }');
    expect(response.errors?.[0]?.message).toMatch(/Did you mean "email"/);
  });
});
