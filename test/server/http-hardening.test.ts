// Security headers on every kind of answer, and limits on what one anonymous request may ask for.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../support/graphql-client.ts';
import { recordSql } from '../support/sql-recorder.ts';
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

describe('nodes', () => {
  const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`;
  const userIds = (count: number) => Array.from({ length: count }, () => Buffer.from(`User:${randomUUID()}`).toString('base64'));

  it('refuses 2,500 ids from an anonymous caller with a translated BAD_USER_INPUT, before any SQL', async () => {
    const { result: response, statements } = await recordSql(() =>
      new GraphQLClient(server.graphqlUrl, { locale: 'en' }).request(NODES, { ids: userIds(2_500) }));
    expect(response.status).toBe(200);
    expect(response.data).toBeNull();
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'At most 100 ids may be asked for at once.' });
    expect(statements).toEqual([]);
  });

  it('answers 100 ids', async () => {
    const { result: response, statements } = await recordSql(() => new GraphQLClient(server.graphqlUrl).request(NODES, { ids: userIds(100) }));
    expect(response.errors).toBeUndefined();
    expect(response.data.nodes).toHaveLength(100);
    expect(statements.length).toBeGreaterThan(0);
  });
});

describe('field suggestions', () => {
  // Outside production they help developers; production hides them (production-errors.test.ts).
  it('are given outside production', async () => {
    const response = await new GraphQLClient(server.graphqlUrl).request('{ me { emial } }');
    expect(response.errors?.[0]?.message).toMatch(/Did you mean "email"/);
  });
});
