// The floor of the shift calendar bench (bench/shift-calendar.ts): the month's shifts with their
// fill by one hand-written SQL statement through `pg`, behind a bare node:http server, answering the
// same JSON as the GraphQL query. Also the bulk seed of shifts and sign-ups it measures.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SESSION_COOKIE } from '@katilim/server/http/cookies';
import { hashToken } from '@katilim/server/modules/accounts/secrets';
import { addDays, istanbulInstant, isoWeekday, todayInIstanbul } from '@katilim/schema/istanbul-day';
import pg from 'pg';
import { createManyPeople } from './scenarios.ts';
import { createOpportunity } from './shifts-scenarios.ts';

export const SHIFT_CALENDAR_QUERY = `query($from: Date!, $to: Date!) {
  shiftCalendar(from: $from, to: $to) {
    id startsAt endsAt capacity atRisk
    fill { held confirmed offered waitlisted capacity level }
    opportunity { title area { name } district { name } }
  }
}`;

/** A month view (five weeks) from a Monday a week ahead: no shift in it is at risk yet. */
export function monthAhead(): { from: string; to: string } {
  const today = todayInIstanbul();
  const from = addDays(today, 15 - isoWeekday(today));
  return { from, to: addDays(from, 34) };
}

/**
 * `shifts` shifts over the month (06:00–20:00Z, 3 hours, 8–12 places) of 20 opportunities, with
 * `perShift` sign-ups each: 6 confirmed, 1 offered, 2 waitlisted, the rest cancelled. Bulk SQL.
 */
export async function seedShiftMonth(databaseUrl: string, range: { from: string }, shifts: number, perShift: number) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    const people = Math.max(perShift * 3, 600);
    await createManyPeople(people, 'shiftbench');
    const opportunities = [];
    for (let i = 0; i < 20; i += 1) {
      opportunities.push(await createOpportunity({ districtId: i % 4 === 0 ? null : 1 + (i % 30), areaSlug: ['field-work', 'workshops', 'social-media', 'translation'][i % 4] }));
    }
    const ids = `ARRAY[${opportunities.map((o) => `'${o.id}'::uuid`).join(',')}]`;
    const from = range.from;
    await pool.query(`
      INSERT INTO "Shift" (id, "opportunityId", "startsAt", "endsAt", capacity, "signupClosesAt", "checkInSecret", "updatedAt")
      SELECT gen_random_uuid(), (${ids})[1 + i % 20],
             TIMESTAMP '${from} 06:00' + (i % 35) * INTERVAL '1 day' + ((i / 35) % 15) * INTERVAL '1 hour',
             TIMESTAMP '${from} 09:00' + (i % 35) * INTERVAL '1 day' + ((i / 35) % 15) * INTERVAL '1 hour',
             8 + i % 5,
             TIMESTAMP '${from} 00:00' + (i % 35) * INTERVAL '1 day',
             md5(i::text), now()
        FROM generate_series(0, ${shifts - 1}) AS i`);
    await pool.query(`
      INSERT INTO "ShiftSignup" (id, "shiftId", "userId", status, "waitlistedAt", "confirmedAt", "updatedAt")
      SELECT gen_random_uuid(), s.id, u.id,
             (CASE WHEN j < 6 THEN 'CONFIRMED' WHEN j = 6 THEN 'OFFERED' WHEN j < 9 THEN 'WAITLISTED' ELSE 'CANCELLED' END)::"ShiftSignupStatus",
             now(), now(), now()
        FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Shift") s
       CROSS JOIN generate_series(0, ${perShift - 1}) AS j
        JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM "User" WHERE email LIKE 'shiftbench-%') u
          ON u.n = (s.n * 7 + j) % ${people}`);
    const counts = await pool.query(`SELECT (SELECT count(*) FROM "Shift")::int AS shifts, (SELECT count(*) FROM "ShiftSignup")::int AS signups`);
    return counts.rows[0] as { shifts: number; signups: number };
  } finally {
    await pool.end();
  }
}

export type ShiftCalendarFloor = { url: string; close: () => Promise<void> };

export async function startShiftCalendarFloor(databaseUrl: string, poolSize: number): Promise<ShiftCalendarFloor> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize });
  const floor = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => void (async () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables: { from: string; to: string } };
      const { from, to } = body.variables;
      const token = (req.headers.cookie ?? '').split(';').map((p) => p.trim().split('=')).find(([name]) => name === SESSION_COOKIE)?.[1];
      const viewer = token
        ? (
            await pool.query(
              `SELECT u.locale::text AS locale, EXISTS (SELECT 1 FROM "RoleGrant" r WHERE r."userId" = u.id AND r.role = 'COORDINATOR') AS staff
                 FROM "Session" s JOIN "User" u ON u.id = s."userId" WHERE s."tokenHash" = $1 AND s."expiresAt" > now() AT TIME ZONE 'UTC'`,
              [hashToken(decodeURIComponent(token))],
            )
          ).rows[0]
        : undefined;
      if (!viewer?.staff) return send(res, 403, { error: 'forbidden' });
      const en = viewer.locale === 'en';
      const { rows } = await pool.query(
        `SELECT s.id, to_char(s."startsAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "startsAt", to_char(s."endsAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "endsAt",
                s.capacity,
                ${en ? 'o."titleEn"' : 'o."titleTr"'} AS title, ${en ? 'a."nameEn"' : 'a."nameTr"'} AS area, d.name AS district,
                count(g.id) FILTER (WHERE g.status = 'CONFIRMED')::int AS confirmed,
                count(g.id) FILTER (WHERE g.status = 'OFFERED')::int AS offered,
                count(g.id) FILTER (WHERE g.status = 'WAITLISTED')::int AS waitlisted
           FROM "Shift" s
           JOIN "ShiftOpportunity" o ON o.id = s."opportunityId"
           JOIN "VolunteerArea" a ON a.id = o."areaId"
           LEFT JOIN "District" d ON d.id = o."districtId"
           LEFT JOIN "ShiftSignup" g ON g."shiftId" = s.id
          WHERE s."startsAt" >= $1::timestamp AND s."startsAt" < $2::timestamp AND s."cancelledAt" IS NULL
          GROUP BY s.id, o.id, a.id, d.id
          ORDER BY s."startsAt", s.id`,
        // Instants are stored as UTC timestamps without a zone: İzmir midnights, read as UTC.
        [istanbulInstant(from).toISOString().slice(0, -1), istanbulInstant(addDays(to, 1)).toISOString().slice(0, -1)],
      );
      const now = Date.now();
      send(res, 200, {
        data: {
          shiftCalendar: rows.map((s) => {
            const held = s.confirmed + s.offered;
            const level = held === 0 ? 'EMPTY' : held >= s.capacity ? 'FULL' : held / s.capacity < 0.5 ? 'LOW' : 'PARTIAL';
            const starts = new Date(`${s.startsAt}`).getTime();
            return {
              id: Buffer.from(`Shift:${s.id}`).toString('base64'),
              startsAt: s.startsAt,
              endsAt: s.endsAt,
              capacity: s.capacity,
              atRisk: held < s.capacity && starts > now && starts <= now + 72 * 3_600_000,
              fill: { held, confirmed: s.confirmed, offered: s.offered, waitlisted: s.waitlisted, capacity: s.capacity, level },
              opportunity: { title: s.title, area: { name: s.area }, district: s.district === null ? null : { name: s.district } },
            };
          }),
        },
      });
    })().catch((error: unknown) => send(res, 500, { error: String(error) })));
  });
  await new Promise<void>((resolve) => floor.listen(0, '127.0.0.1', resolve));
  floor.keepAliveTimeout = 0;
  return {
    url: `http://127.0.0.1:${(floor.address() as AddressInfo).port}/`,
    close: async () => {
      floor.closeAllConnections();
      await new Promise((resolve) => floor.close(resolve));
      await pool.end();
    },
  };
}

function send(res: http.ServerResponse, status: number, payload: unknown) {
  const text = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
