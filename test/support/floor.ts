// The floor for bench/ scripts: the same page data as the GraphQL API, fetched by hand-written SQL through `pg` and
// served by a bare node:http server. What the API costs is measured against this.
// Fair to the API: the same session cookie is checked (in one statement) and the same roles are
// required; responses are the same JSON (bench/run.ts compares them before measuring).
import { ageOn } from '@katilim/schema/age';
import { todayInIstanbul } from '@katilim/schema/istanbul-day';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SESSION_COOKIE } from '@katilim/server/http/cookies';
import { hashToken } from '@katilim/server/modules/accounts/secrets';
import pg from 'pg';

type Viewer = { id: string; locale: 'tr' | 'en'; roles: string[] };
type Page = (viewer: Viewer | null, body: Record<string, unknown>) => Promise<unknown>;

export type FloorServer = { url: (page: string) => string; close: () => Promise<void> };

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
// Pothos' cursor for `cursor: 'id'`: the plugin's namespace and a tagged string chunk.
const cursorOf = (id: string) => Buffer.from(`GPC:S:${id}`).toString('base64');
const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

function tokenOf(cookieHeader: string | undefined): string | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return null;
}

export async function startFloor(databaseUrl: string, poolSize: number): Promise<FloorServer> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });

  async function viewerOf(token: string | null): Promise<Viewer | null> {
    if (!token) return null;
    const { rows } = await pool.query(
      `SELECT u.id, u.locale::text AS locale,
              ARRAY(SELECT r.role::text FROM "RoleGrant" r WHERE r."userId" = u.id) AS roles
         FROM "Session" s JOIN "User" u ON u.id = s."userId"
        WHERE s."tokenHash" = $1 AND s."expiresAt" > now() AT TIME ZONE 'UTC'`,
      [hashToken(token)],
    );
    return (rows[0] as Viewer | undefined) ?? null;
  }

  const pages: Record<string, { role: string | null; load: Page }> = {
    typename: { role: null, load: async () => ({ __typename: 'Query' }) },

    landing: {
      role: null,
      load: async (viewer) => {
        const en = viewer?.locale === 'en';
        const [programmes, districts] = await Promise.all([
          pool.query(`SELECT ${en ? '"nameEn"' : '"nameTr"'} AS name FROM "Programme" ORDER BY kind`),
          pool.query(`SELECT id, name FROM "District" ORDER BY id`),
        ]);
        return { programmes: programmes.rows, districts: districts.rows };
      },
    },

    users: {
      role: 'ADMIN',
      load: async () => {
        const [page, total] = await Promise.all([
          pool.query(
            `SELECT u.id, u."firstName" || ' ' || u."lastName" AS "fullName", u.email, d.name AS district,
                    ARRAY(SELECT r.role::text FROM "RoleGrant" r WHERE r."userId" = u.id ORDER BY r.role) AS roles
               FROM "User" u JOIN "District" d ON d.id = u."districtId"
              ORDER BY u.id DESC LIMIT 25`,
          ),
          pool.query(`SELECT count(*)::int AS n FROM "User"`),
        ]);
        return {
          users: {
            totalCount: total.rows[0].n,
            edges: page.rows.map((u) => ({
              node: { id: globalId('User', u.id), fullName: u.fullName, email: u.email, roles: u.roles, district: { name: u.district } },
            })),
          },
        };
      },
    },

    board: {
      role: 'COORDINATOR',
      load: async (viewer, body) => {
        const roundId = Buffer.from(String((body.variables as { roundId: string }).roundId), 'base64').toString('utf8').split(':')[1];
        const area = viewer!.locale === 'en' ? 'ar."nameEn"' : 'ar."nameTr"';
        const [page, total] = await Promise.all([
          pool.query(
            `SELECT a.id, a.status::text AS status, to_char(a."submittedAt", ${ISO}) AS "submittedAt", a.languages,
                    u."birthDate"::text AS "birthDate", u."firstName" || ' ' || u."lastName" AS "fullName", d.name AS district,
                    (SELECT json_agg(json_build_object('rank', c.rank, 'area', json_build_object('name', ${area})) ORDER BY c.rank)
                       FROM "ApplicationAreaChoice" c JOIN "VolunteerArea" ar ON ar.id = c."areaId"
                      WHERE c."applicationId" = a.id) AS choices
               FROM "VolunteerApplication" a
               JOIN "User" u ON u.id = a."applicantId"
               LEFT JOIN "District" d ON d.id = a."districtId"
              WHERE a."roundId" = $1 AND a.status <> 'DRAFT'
              ORDER BY a.id LIMIT 26`,
            [roundId],
          ),
          pool.query(`SELECT count(*)::int AS n FROM "VolunteerApplication" WHERE "roundId" = $1 AND status <> 'DRAFT'`, [roundId]),
        ]);
        const today = todayInIstanbul();
        const cards = page.rows.slice(0, 25);
        return {
          roundApplications: {
            totalCount: total.rows[0].n,
            pageInfo: { hasNextPage: page.rows.length > 25, endCursor: cards.length ? cursorOf(cards.at(-1)!.id) : null },
            edges: cards.map((a) => ({
              node: {
                id: globalId('VolunteerApplication', a.id),
                status: a.status,
                submittedAt: a.submittedAt,
                age: ageOn(a.birthDate, today),
                applicant: { fullName: a.fullName },
                district: a.district === null ? null : { name: a.district },
                choices: a.choices ?? [],
                languages: (a.languages as { language: string; level: string }[]).map(({ language, level }) => ({ language, level })),
              },
            })),
          },
        };
      },
    },

    'my-applications': {
      role: null,
      load: async (viewer) => {
        if (!viewer) return null;
        const en = viewer.locale === 'en';
        const { rows } = await pool.query(
          `SELECT a.id, a.status::text AS status, to_char(a."submittedAt", ${ISO}) AS "submittedAt",
                  ${en ? 'r."titleEn"' : 'r."titleTr"'} AS title,
                  (SELECT json_agg(json_build_object('rank', c.rank, 'area', json_build_object('name', ${en ? 'ar."nameEn"' : 'ar."nameTr"'})) ORDER BY c.rank)
                     FROM "ApplicationAreaChoice" c JOIN "VolunteerArea" ar ON ar.id = c."areaId"
                    WHERE c."applicationId" = a.id) AS choices
             FROM "VolunteerApplication" a JOIN "RecruitmentRound" r ON r.id = a."roundId"
            WHERE a."applicantId" = $1
            ORDER BY a.id DESC`,
          [viewer.id],
        );
        return {
          myApplications: rows.map((a) => ({
            id: globalId('VolunteerApplication', a.id),
            status: a.status,
            submittedAt: a.submittedAt,
            round: { title: a.title },
            choices: a.choices ?? [],
          })),
        };
      },
    },
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void (async () => {
        const page = pages[(req.url ?? '').slice(1)];
        if (!page) return send(res, 404, { error: 'no such page' });
        const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>) : {};
        const viewer = await viewerOf(tokenOf(req.headers.cookie));
        if (page.role && !viewer?.roles.includes(page.role)) return send(res, 403, { error: 'forbidden' });
        const data = await page.load(viewer, body);
        if (data === null) return send(res, 401, { error: 'unauthenticated' });
        send(res, 200, { data });
      })().catch((error: unknown) => send(res, 500, { error: String(error) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.keepAliveTimeout = 0;
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (page) => `${base}/${page}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}

function send(res: http.ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
