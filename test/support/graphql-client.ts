// A GraphQL caller over real HTTP that keeps its own cookies, like one browser.
export type GraphQLResponse<T = Record<string, unknown>> = {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
  headers: Headers;
};

export class GraphQLClient {
  private cookies = new Map<string, string>();

  constructor(
    private readonly url: string,
    private readonly options: { locale?: 'tr' | 'en'; ip?: string } = {},
  ) {}

  setCookie(name: string, value: string): this {
    this.cookies.set(name, value);
    return this;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read loosely typed results
  async request<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (this.options.locale) headers['x-locale'] = this.options.locale;
    // Read as the client address only by a server started with TRUST_PROXY=true.
    if (this.options.ip) headers['x-forwarded-for'] = this.options.ip;
    const response = await fetch(this.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const [name, ...rest] = pair!.split('=');
      const value = rest.join('=');
      const expired = attributes.some((a) => /expires=Thu, 01 Jan 1970/i.test(a)) || value === '';
      if (expired) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value);
    }
    const body = (await response.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
    return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
  }

  /** Like request, but fails the test on any top-level GraphQL error. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async ok<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)} (HTTP ${result.status})`);
    }
    return result.data;
  }
}
