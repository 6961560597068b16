// The monitoring at scale (issue 12): 100,000 people across İzmir's 30 districts, 1,000,000 shift
// sign-ups, 200,000 trip registrations, 20,000 council attendances, forum sessions, volunteer
// applications and their events, loaded by `generate_series` INSERTs into a database of its own; then
// the dashboard for a year (`monitoringDashboard(from: "2025-01", to: "2025-12")`, as a coordinator)
// through real HTTP with production settings, p50/p95 over BENCH_MONITORING_RUNS (20) runs in turn,
// beside two floors in the same run: a bare `{ __typename }` over the same HTTP, and the modules' own
// SQL (every module × the year, the year before and a year earlier, as figuresFor reads them) through
// `pg` with the server's pool size. The dashboard is timed read live (no snapshot yet), then from the
// snapshots the monitoring-refresh job keeps (the job run here once, timed; their floor: the three
// snapshots read through pg), and one month read live; prints the ratios and whether p95 < 300 ms;
// then times the monthly report (figures, PDF and CSV, stored) against its 30 s target.
//   DATABASE_URL=postgres://… pnpm --filter @katilim/test exec tsx ../bench/monitoring.ts   (also part of pnpm bench)
//   BENCH_MONITORING_YEARS=2 loads the same scale into the year before too (the comparisons then read as much).
//   BENCH_MONITORING_EXPLAIN=1 prints EXPLAIN ANALYZE of each module's statement for the year.
//   BENCH_MONITORING_HOLD=1 stops after loading and keeps the database for trying statements by hand.
import { deepStrictEqual } from 'node:assert/strict';

process.env.NODE_ENV = 'production';
const { startTestServer } = await import('../test/support/test-server.ts');
const { clientFor, cookieHeader } = await import('../test/support/scenarios.ts');
const { comparisons, floorPool, monitoringStatements, refreshSnapshots, SNAPSHOT_FRESH_MS } = await import('../test/support/monitoring-floor.ts');

const runs = Number(process.env.BENCH_MONITORING_RUNS ?? 20);
const years = Number(process.env.BENCH_MONITORING_YEARS ?? 1);
const explain = process.env.BENCH_MONITORING_EXPLAIN === '1';
const poolSize = 10;
const TARGET_P95_MS = 300;
const YEAR = 2025;
const SCALE = { people: 100_000, shifts: 50_000, signupsPerShift: 20, departures: 5_000, registrationsPerDeparture: 40, councilMembers: 1_500, meetings: 800, attendancesPerMeeting: 25 };

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
async function timed(count: number, call: () => Promise<void>): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    await call();
    latencies.push(performance.now() - started);
  }
  return latencies.sort((a, b) => a - b);
}

// A deterministic id per table and row number, so rows can point at each other without joins.
const SETUP = `
CREATE FUNCTION pg_temp.bid(kind int, n bigint) RETURNS uuid IMMUTABLE LANGUAGE sql AS
  $$ SELECT (lpad(to_hex(kind), 8, '0') || '-0000-7000-8000-' || lpad(to_hex(n), 12, '0'))::uuid $$;
-- A deterministic number in [0, 1) for row n and a salt.
CREATE FUNCTION pg_temp.r(n bigint, salt int) RETURNS float8 IMMUTABLE LANGUAGE sql AS
  $$ SELECT ((hashint8(n * 1000 + salt)::bigint + 2147483648)::float8 / 4294967296) $$;`;

/** The loading statements, each with a name for its timing; `start` is the first instant in İzmir of the data's first year. */
function loadStatements(start: string, days: number): [string, string][] {
  const k = years; // every count below is per year
  const at = (n: string, total: number) => `(timestamp '${start}' + (${n})::float8 / ${total} * interval '${days} days')`;
  const P = SCALE.people;
  const S = SCALE.shifts * k;
  const D = SCALE.departures * k;
  const M = SCALE.meetings * k;
  return [
    [
      `${P} people`,
      `INSERT INTO "User" (id, email, "passwordHash", "firstName", "lastName", phone, "birthDate", gender, "districtId", "emailVerifiedAt", "updatedAt")
       SELECT pg_temp.bid(1, n), 'm' || n || '@bench.katilim', 'not-a-login', (ARRAY['Ayşe','Işıl','Mehmet','Çağrı','İpek','Oğuz'])[1 + n % 6], 'Yılmaz' || n,
              '+90534' || lpad(n::text, 7, '0'), date '1940-01-01' + floor(pg_temp.r(n, 1) * 27000)::int,
              (CASE WHEN pg_temp.r(n, 2) < 0.5 THEN 'WOMAN' WHEN pg_temp.r(n, 2) < 0.92 THEN 'MAN' WHEN pg_temp.r(n, 2) < 0.94 THEN 'NON_BINARY' WHEN pg_temp.r(n, 2) < 0.97 THEN 'UNDISCLOSED' END)::"Gender",
              1 + floor(30 * power(pg_temp.r(n, 3), 1.4))::int, now(), now()
         FROM generate_series(0::bigint, ${P - 1}) n`,
    ],
    [
      `${S} shifts`,
      `INSERT INTO "ShiftOpportunity" (id, "programmeId", "areaId", "titleTr", "titleEn", "districtId")
       SELECT pg_temp.bid(2, n), (SELECT id FROM "Programme" WHERE kind = 'VOLUNTEERING'), (SELECT id FROM "VolunteerArea" ORDER BY slug OFFSET n % 6 LIMIT 1),
              'Fırsat ' || n, 'Opportunity ' || n, 1 + n % 30 FROM generate_series(0, 29) n;
       INSERT INTO "Shift" (id, "opportunityId", "startsAt", "endsAt", capacity, "signupClosesAt", "cancelledAt", "checkInSecret", "updatedAt")
       SELECT pg_temp.bid(3, n), pg_temp.bid(2, n % 30), ${at('n', S)}, ${at('n', S)} + interval '3 hours', 25, ${at('n', S)} - interval '1 hour',
              CASE WHEN n % 50 = 0 THEN ${at('n', S)} - interval '2 days' END, md5(n::text), now()
         FROM generate_series(0::bigint, ${S - 1}) n`,
    ],
    [
      `${S * SCALE.signupsPerShift} shift sign-ups`,
      `INSERT INTO "ShiftSignup" (id, "shiftId", "userId", status, attendance, minutes, "hoursApprovedAt", "confirmedAt", "updatedAt")
       SELECT pg_temp.bid(4, g), pg_temp.bid(3, g / ${SCALE.signupsPerShift}), pg_temp.bid(1, (g * 7919) % ${P}), status::"ShiftSignupStatus", attendance::"ShiftAttendance",
              CASE WHEN attendance = 'PRESENT' THEN 90 + g % 151 END, CASE WHEN attendance = 'PRESENT' AND pg_temp.r(g, 6) < 0.9 THEN now() END,
              CASE WHEN status = 'CONFIRMED' THEN now() END, now()
         FROM (SELECT g, status, CASE WHEN status = 'CONFIRMED' THEN (CASE WHEN pg_temp.r(g, 5) < 0.85 THEN 'PRESENT' WHEN pg_temp.r(g, 5) < 0.95 THEN 'NO_SHOW' ELSE 'EXCUSED' END) END AS attendance
                 FROM (SELECT g, CASE WHEN pg_temp.r(g, 4) < 0.8 THEN 'CONFIRMED' WHEN pg_temp.r(g, 4) < 0.88 THEN 'WAITLISTED' WHEN pg_temp.r(g, 4) < 0.98 THEN 'CANCELLED' ELSE 'LATE_CANCELLED' END AS status
                         FROM generate_series(0::bigint, ${S * SCALE.signupsPerShift - 1}) g) s) t`,
    ],
    [
      `${D} departures`,
      `INSERT INTO "Trip" (id, "programmeId", kind, audience, "titleTr", "titleEn", "descriptionTr", "descriptionEn", "minAge", "maxCompanions", "updatedAt")
       SELECT pg_temp.bid(5, n), (SELECT id FROM "Programme" WHERE kind = 'LEISURE_TRIPS'), 'GULF_TOUR', 'WOMEN', 'Gezi ' || n, 'Trip ' || n, '', '', 18, 2, now()
         FROM generate_series(0, 9) n;
       INSERT INTO "TripDeparture" (id, "tripId", "startsAt", "endsAt", capacity, allocation, "registrationOpensAt", "registrationClosesAt", "cancelCutoffAt", "cancelledAt", "updatedAt")
       SELECT pg_temp.bid(6, n), pg_temp.bid(5, n % 10), ${at('n', D)}, ${at('n', D)} + interval '8 hours', 80, 'FIRST_COME',
              ${at('n', D)} - interval '20 days', ${at('n', D)} - interval '2 days', ${at('n', D)} - interval '3 days', CASE WHEN n % 40 = 0 THEN ${at('n', D)} - interval '5 days' END, now()
         FROM generate_series(0::bigint, ${D - 1}) n;
       INSERT INTO "TripPickupPoint" (id, "departureId", position, name, "districtId", "pickupAt", vehicle, seats)
       SELECT pg_temp.bid(7, n), pg_temp.bid(6, n), 1, 'Konak İskelesi', 17, ${at('n', D)}, 'BOAT', 80 FROM generate_series(0::bigint, ${D - 1}) n`,
    ],
    [
      `${D * SCALE.registrationsPerDeparture} trip registrations and their participants`,
      `INSERT INTO "TripRegistration" (id, "departureId", "pickupPointId", "userId", status, seats, "entryNumber", attendance, "checkInCode", "confirmedAt", "updatedAt")
       SELECT pg_temp.bid(8, g), pg_temp.bid(6, g / ${SCALE.registrationsPerDeparture}), pg_temp.bid(7, g / ${SCALE.registrationsPerDeparture}),
              pg_temp.bid(1, (g * 7919 + 13) % ${P}), status::"TripRegistrationStatus", 1 + (CASE WHEN pg_temp.r(g, 8) < 0.3 THEN 1 ELSE 0 END) + (CASE WHEN pg_temp.r(g, 8) < 0.1 THEN 1 ELSE 0 END),
              1 + g % ${SCALE.registrationsPerDeparture},
              (CASE WHEN status = 'CONFIRMED' THEN (CASE WHEN pg_temp.r(g, 9) < 0.9 THEN 'ATTENDED' WHEN pg_temp.r(g, 9) < 0.97 THEN 'NO_SHOW' END) END)::"TripAttendance",
              'c' || g, CASE WHEN status = 'CONFIRMED' THEN now() END, now()
         FROM (SELECT g, CASE WHEN pg_temp.r(g, 7) < 0.85 THEN 'CONFIRMED' WHEN pg_temp.r(g, 7) < 0.9 THEN 'WAITLISTED' ELSE 'CANCELLED' END AS status
                 FROM generate_series(0::bigint, ${D * SCALE.registrationsPerDeparture - 1}) g) s;
       INSERT INTO "TripParticipant" (id, "registrationId", position, "isRegistrant", "firstName", "lastName", "birthDate")
       SELECT gen_random_uuid(), r.id, p, p = 1, CASE WHEN p = 1 THEN u."firstName" ELSE 'Çocuk' END, u."lastName",
              CASE WHEN p = 1 THEN u."birthDate" ELSE date '2014-01-01' + floor(pg_temp.r(r."entryNumber" * 10 + p, 10) * 3600)::int END
         FROM "TripRegistration" r JOIN "User" u ON u.id = r."userId", generate_series(1, r.seats) p`,
    ],
    [
      `${SCALE.councilMembers} council members, ${M} meetings, ${M * SCALE.attendancesPerMeeting} attendances`,
      `INSERT INTO "CouncilTerm" (id, "programmeId", name, "startsOn", "endsOn", "updatedAt")
       SELECT pg_temp.bid(9, 0), (SELECT id FROM "Programme" WHERE kind = 'CHILDRENS_COUNCIL'), 'Bench term', date '2020-01-01', date '2030-12-31', now();
       INSERT INTO "CouncilCommittee" (id, "termId", slug, "nameTr", "nameEn", "updatedAt")
       SELECT pg_temp.bid(10, n), pg_temp.bid(9, 0), 'committee-' || n, 'Komisyon ' || n, 'Committee ' || n, now() FROM generate_series(0, 9) n;
       INSERT INTO "CouncilGuardian" (id, "firstName", "lastName", relationship, phone, "updatedAt")
       SELECT pg_temp.bid(11, n), 'Veli', 'Yılmaz' || n, 'anne', '+90535' || lpad(n::text, 7, '0'), now() FROM generate_series(0::bigint, ${SCALE.councilMembers - 1}) n;
       INSERT INTO "CouncilMember" (id, "committeeId", "guardianId", "firstName", "lastName", "birthDate", gender, school, "districtId", status, "joinedOn", "leftAt", "updatedAt")
       SELECT pg_temp.bid(12, n), pg_temp.bid(10, n % 10), pg_temp.bid(11, n), 'Çocuk', 'Yılmaz' || n, date '2008-01-01' + floor(pg_temp.r(n, 11) * 2900)::int,
              (CASE WHEN n % 2 = 0 THEN 'WOMAN' ELSE 'MAN' END)::"Gender", 'Okul', 1 + n % 30, 'ACTIVE', date '${start.slice(0, 10)}' - 30 + (n % 200)::int,
              CASE WHEN n % 10 = 0 THEN timestamp '${start}' + interval '200 days' END, now()
         FROM generate_series(0::bigint, ${SCALE.councilMembers - 1}) n;
       INSERT INTO "CouncilMeeting" (id, "termId", "committeeId", kind, title, "startsAt", "endsAt", "placeName", status, "updatedAt")
       SELECT pg_temp.bid(13, n), pg_temp.bid(9, 0), pg_temp.bid(10, n % 10), 'COMMITTEE', 'Toplantı ' || n, ${at('n', M)}, ${at('n', M)} + interval '2 hours', 'Kültürpark',
              (CASE WHEN n % 12 = 0 THEN 'CANCELLED' ELSE 'HELD' END)::"CouncilMeetingStatus", now()
         FROM generate_series(0::bigint, ${M - 1}) n;
       INSERT INTO "CouncilAttendance" ("meetingId", "memberId", status)
       SELECT pg_temp.bid(13, g / ${SCALE.attendancesPerMeeting}), pg_temp.bid(12, (g * 7) % ${SCALE.councilMembers}),
              (CASE WHEN pg_temp.r(g, 12) < 0.8 THEN 'PRESENT' WHEN pg_temp.r(g, 12) < 0.9 THEN 'EXCUSED' ELSE 'ABSENT' END)::"CouncilAttendanceStatus"
         FROM generate_series(0::bigint, ${M * SCALE.attendancesPerMeeting - 1}) g;
       INSERT INTO "CouncilProposal" (id, "committeeId", title, problem, suggestion, "districtId", status, "submittedAt", "updatedAt")
       SELECT pg_temp.bid(14, n), pg_temp.bid(10, n % 10), 'Öneri ' || n, '', '', 1 + n % 30, 'SUBMITTED', ${at('n', 200 * k)}, now() FROM generate_series(0::bigint, ${200 * k - 1}) n;
       INSERT INTO "CouncilProposalResponse" (id, "proposalId", status, "respondedOn", "createdAt")
       SELECT pg_temp.bid(15, n), pg_temp.bid(14, n * 2), (ARRAY['RECEIVED','UNDER_REVIEW','ACCEPTED','DECLINED'])[1 + n % 4]::"CouncilProposalStatus", date '${start.slice(0, 10)}' + n::int, ${at('n * 2', 200 * k)} + interval '10 days'
         FROM generate_series(0::bigint, ${100 * k - 1}) n`,
    ],
    [
      `${300 * k} forum sessions, ${300 * k * 40} registrations, ${60 * k * 30} applications`,
      `INSERT INTO "ForumEvent" (id, "programmeId", "titleTr", "titleEn", "minAge", status, "updatedAt")
       SELECT pg_temp.bid(16, n), (SELECT id FROM "Programme" WHERE kind = 'FORUMS'), 'Forum ' || n, 'Forum ' || n, 18, 'PUBLISHED', now() FROM generate_series(0, 19) n;
       INSERT INTO "ForumSession" (id, "eventId", kind, title, "startsAt", "endsAt", "placeName", capacity, "panelSize", "opensAt", "closesAt", "updatedAt")
       SELECT pg_temp.bid(17, n), pg_temp.bid(16, n % 20), (CASE WHEN n % 5 = 0 THEN 'FOCUS_GROUP' ELSE 'OPEN' END)::"ForumSessionKind", 'Oturum ' || n,
              ${at('n', 300 * k)}, ${at('n', 300 * k)} + interval '3 hours', 'Ahmed Adnan Saygun', CASE WHEN n % 5 <> 0 THEN 60 END, CASE WHEN n % 5 = 0 THEN 12 END, ${at('n', 300 * k)} - interval '30 days', ${at('n', 300 * k)} - interval '2 days', now()
         FROM generate_series(0::bigint, ${300 * k - 1}) n;
       INSERT INTO "ForumRegistration" (id, "sessionId", "userId", status, "waitlistPosition", attended, "updatedAt")
       SELECT pg_temp.bid(18, g), pg_temp.bid(17, g / 40), pg_temp.bid(1, (g * 7919 + 29) % ${P}), status::"ForumRegistrationStatus",
              CASE WHEN status = 'WAITLISTED' THEN g % 40 + 1 END, status = 'CONFIRMED' AND pg_temp.r(g, 14) < 0.7, now()
         FROM (SELECT g, CASE WHEN pg_temp.r(g, 13) < 0.85 THEN 'CONFIRMED' WHEN pg_temp.r(g, 13) < 0.95 THEN 'WAITLISTED' ELSE 'CANCELLED' END AS status
                 FROM generate_series(0::bigint, ${300 * k * 40 - 1}) g WHERE (g / 40) % 5 <> 0) s;
       INSERT INTO "ForumApplication" (id, "sessionId", "userId", status, attended, "updatedAt")
       SELECT pg_temp.bid(19, g), pg_temp.bid(17, (g / 30) * 5), pg_temp.bid(1, (g * 7919 + 31) % ${P}),
              (CASE WHEN g % 30 < 12 THEN 'SELECTED' ELSE 'APPLIED' END)::"ForumApplicationStatus", g % 30 < 10, now()
         FROM generate_series(0::bigint, ${60 * k * 30 - 1}) g;
       INSERT INTO "ForumFinding" (id, "sessionId", kind, theme, body, "createdAt")
       SELECT pg_temp.bid(20, g), pg_temp.bid(17, g / 4), 'NOTE', (ARRAY['ulaşım','yeşil alan','güvenlik','kültür'])[1 + g % 4], 'Bulgu', ${at('g / 4', 300 * k)} + interval '1 day'
         FROM generate_series(0::bigint, ${300 * k * 4 - 1}) g`,
    ],
    [
      `${10_000 * k} volunteer applications and their events`,
      `INSERT INTO "RecruitmentRound" (id, slug, "titleTr", "titleEn", "descriptionTr", "descriptionEn", "trainingInfoTr", "trainingInfoEn", status, "opensAt", "closesAt", "seatsSought", "updatedAt")
       SELECT pg_temp.bid(21, n), 'bench-round-' || n, 'Tur ' || n, 'Round ' || n, '', '', '', '', 'COMPLETED', ${at(`n * ${10_000}`, 10_000 * k)}, ${at(`(n + 1) * ${10_000}`, 10_000 * k)}, 100, now()
         FROM generate_series(0::bigint, ${k - 1}) n;
       INSERT INTO "VolunteerApplication" (id, "roundId", "applicantId", status, "districtId", "submittedAt", "updatedAt")
       SELECT pg_temp.bid(22, g), pg_temp.bid(21, g / 10000), pg_temp.bid(1, (g * 7919 + 37) % ${P}),
              (CASE WHEN g % 10 < 3 THEN 'ACTIVE' WHEN g % 10 < 5 THEN 'ACCEPTED' ELSE 'REJECTED' END)::"ApplicationStatus", CASE WHEN g % 3 = 0 THEN 1 + g % 30 END, ${at('g', 10_000 * k)}, now()
         FROM generate_series(0::bigint, ${10_000 * k - 1}) g;
       INSERT INTO "ApplicationEvent" (id, "applicationId", "fromStatus", "toStatus", "createdAt")
       SELECT pg_temp.bid(23, g * 2 + e), pg_temp.bid(22, g), NULL, (CASE WHEN e = 0 THEN 'ACCEPTED' ELSE 'ACTIVE' END)::"ApplicationStatus", ${at('g', 10_000 * k)} + (e + 1) * interval '5 days'
         FROM generate_series(0::bigint, ${10_000 * k - 1}) g, generate_series(0, 1) e WHERE g % 10 < 5 AND (e = 0 OR g % 10 < 3);
       INSERT INTO "Qualification" (id, slug, "nameTr", "nameEn", "validityMonths") VALUES (pg_temp.bid(24, 0), 'bench-basics', 'Temel', 'Basics', 24);
       INSERT INTO "TrainingCourse" (id, "roundId", "titleTr", "titleEn", "qualificationId") SELECT pg_temp.bid(25, n), pg_temp.bid(21, n), 'Eğitim', 'Training', pg_temp.bid(24, 0) FROM generate_series(0::bigint, ${k - 1}) n;
       INSERT INTO "TrainingEnrolment" (id, "courseId", "applicationId", "completedAt")
       SELECT pg_temp.bid(26, g), pg_temp.bid(25, g / 10000), pg_temp.bid(22, g), ${at('g', 10_000 * k)} + interval '20 days'
         FROM generate_series(0::bigint, ${10_000 * k - 1}) g WHERE g % 10 < 3`,
    ],
  ];
}

const server = await startTestServer({ env: { NODE_ENV: 'production' }, poolSize });
if (server.database.target.kind !== 'postgres') {
  console.log('The floor needs PostgreSQL: set DATABASE_URL=postgres://… (PGlite is one connection in this process).');
  await server.close();
  process.exit(1);
}
const pool = floorPool(server.database.target.url, poolSize);
try {
  // The data's first instant: 1 January of its first year in İzmir (UTC+3).
  const firstYear = YEAR - years + 1;
  const start = `${firstYear - 1}-12-31 21:00:00`;
  const days = Math.round((Date.UTC(YEAR + 1, 0, 1) - Date.UTC(firstYear, 0, 1)) / 86_400_000);
  const loader = await pool.connect();
  console.log(`\nmonitoring at scale: loading ${years} year(s) of data (${firstYear}–${YEAR}) with generate_series`);
  const loadStarted = performance.now();
  try {
    await loader.query(SETUP);
    for (const [name, sql] of loadStatements(start, days)) {
      const started = performance.now();
      await loader.query(sql);
      console.log(`  ${name.padEnd(72)} ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`);
    }
    const started = performance.now();
    // Statistics as autovacuum would have them by now on a live database (bulk inserts just ran).
    await loader.query('VACUUM ANALYZE');
    console.log(`  ${'VACUUM ANALYZE'.padEnd(72)} ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`);
  } finally {
    loader.release();
  }
  const counts = await pool.query(
    `SELECT (SELECT count(*) FROM "User")::int AS people, (SELECT count(*) FROM "ShiftSignup")::int AS signups, (SELECT count(*) FROM "TripRegistration")::int AS registrations,
            (SELECT count(*) FROM "TripParticipant")::int AS participants, (SELECT count(*) FROM "CouncilAttendance")::int AS attendances`,
  );
  const c = counts.rows[0] as Record<string, number>;
  console.log(
    `loaded in ${((performance.now() - loadStarted) / 1000).toFixed(1)} s: ${c.people} people, ${c.signups} sign-ups, ${c.registrations} trip registrations (${c.participants} participants), ${c.attendances} council attendances`,
  );

  if (process.env.BENCH_MONITORING_HOLD === '1') {
    // For trying statements by hand: the loaded database stays until this process is stopped (then drop it yourself).
    console.log(`holding ${server.database.target.url}`);
    await new Promise((resolve) => setTimeout(resolve, 3_600_000));
  }
  // The floor: each module's own statement for the year, the year before and a year earlier, read in
  // parallel as figuresFor reads them, through pg.
  const range = { from: `${YEAR}-01`, to: `${YEAR}-12` };
  const statements = await monitoringStatements(range);
  const floorOnce = () => Promise.all(statements.map((sql) => pool.query(sql.text, sql.values))).then(() => undefined);

  const coordinator = await clientFor(server.graphqlUrl, ['COORDINATOR']);
  const headers = { 'content-type': 'application/json', cookie: cookieHeader(coordinator.client) };
  const post = async (body: string) => {
    const response = await fetch(server.graphqlUrl, { method: 'POST', headers, body });
    const json = (await response.json()) as { errors?: unknown; data?: unknown };
    if (response.status !== 200 || json.errors) throw new Error(`GraphQL answered ${response.status}: ${JSON.stringify(json.errors)}`);
    return json;
  };
  const COUNT = 'key label value';
  const dashboard = JSON.stringify({
    query: `query($from: String!, $to: String!) { monitoringDashboard(from: $from, to: $to) { from to districtId csvPath programmes { key label metrics { key label unit value previous lastYear byDistrict { ${COUNT} } byAgeBand { ${COUNT} } byGender { ${COUNT} } byCategory { ${COUNT} } } } } }`,
    variables: range,
  });
  const bare = JSON.stringify({ query: '{ __typename }' });

  // Warm up (schema, plans, the pool's connections), then check the figures are not empty.
  const sample = (await post(dashboard)) as { data: { monitoringDashboard: { programmes: { metrics: { key: string; value: number | null; previous: number | null }[] }[] } } };
  await floorOnce();
  await post(bare);
  const figures = sample.data.monitoringDashboard.programmes.flatMap((p) => p.metrics);
  console.log(`the year's figures: ${figures.map((m) => `${m.key} ${m.value ?? '–'}${years > 1 ? ` (${m.previous ?? '–'})` : ''}`).join(', ')}`);

  if (explain) {
    for (const { module, period, ...sql } of statements.filter((s) => s.period === 'range')) {
      const { rows } = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.values);
      console.log(`\n── ${module} (${period}) ──\n${rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n')}`);
    }
  }

  const floorTimes = await timed(runs, floorOnce);
  const bareTimes = await timed(runs, () => post(bare).then(() => undefined));
  // Read live: no snapshot of the range yet (the job has not run).
  const liveTimes = await timed(runs, () => post(dashboard).then(() => undefined));
  // Each module's statement for the year alone, run in turn: where the time goes.
  const perModule: [string, number][] = [];
  for (const { module, ...sql } of statements.filter((s) => s.period === 'range')) {
    const times = await timed(5, () => pool.query(sql.text, sql.values).then(() => undefined));
    perModule.push([module, percentile(times, 50)]);
  }
  // The monitoring-refresh job's work (every 5 minutes): the ranges asked for, read into snapshots.
  const refreshStarted = performance.now();
  const refreshed = await refreshSnapshots();
  const refreshMs = performance.now() - refreshStarted;
  const fromSnapshot = (await post(dashboard)) as typeof sample;
  deepStrictEqual(fromSnapshot.data, sample.data, 'the dashboard from snapshots answers other figures than read live');
  const snapshotTimes = await timed(runs, () => post(dashboard).then(() => undefined));
  // Its floor: the three snapshots (the year, the year before, a year earlier) read through pg.
  const { previous, lastYear } = comparisons(range);
  const snapshotFloorTimes = await timed(runs, () =>
    Promise.all([range, previous, lastYear].map((r) => pool.query('SELECT rows FROM "MonitoringSnapshot" WHERE "fromMonth" = $1 AND "toMonth" = $2', [r.from, r.to]))).then(() => undefined),
  );
  // The dashboard's first page, one month, read live (no snapshot of it yet).
  const month = JSON.stringify({ query: JSON.parse(dashboard).query, variables: { from: `${YEAR}-06`, to: `${YEAR}-06` } });
  const monthTimes = await timed(runs, () => post(month).then(() => undefined));

  // The monthly report as the job makes it on the 1st: the month's figures read live, the Turkish PDF
  // with its charts and the CSV, stored (target < 30 s).
  const { runMonthlyReport } = await import('../server/src/modules/monitoring/report.ts');
  const reportStarted = performance.now();
  const report = await runMonthlyReport(new Date(Date.UTC(YEAR, 6, 1, 0, 30)));
  const reportMs = performance.now() - reportStarted;
  const stored = await server.prisma.monitoringReport.findUniqueOrThrow({ where: { month: report.month }, select: { pdf: true, csv: true } });

  const row = (name: string, times: number[]) =>
    console.log(name.padEnd(66), percentile(times, 50).toFixed(0).padStart(7), percentile(times, 95).toFixed(0).padStart(7), times[times.length - 1]!.toFixed(0).padStart(7));
  console.log(`\n${runs} runs each, one at a time, real HTTP, NODE_ENV=production, pool of ${poolSize} (server and caller share this process)`);
  console.log('case'.padEnd(66), 'p50 ms'.padStart(7), 'p95 ms'.padStart(7), 'max ms'.padStart(7));
  row('bare { __typename } (HTTP floor)', bareTimes);
  row(`the modules' SQL: ${statements.length} statements through pg, in parallel (SQL floor)`, floorTimes);
  row(`monitoringDashboard(${range.from}…${range.to}), coordinator, read live`, liveTimes);
  row(`monitoringDashboard(${range.from}…${range.to}), coordinator, from snapshots`, snapshotTimes);
  row('its 3 snapshots read through pg, in parallel (snapshot floor)', snapshotFloorTimes);
  row(`monitoringDashboard(${YEAR}-06…${YEAR}-06), one month, read live`, monthTimes);
  console.log(`each module's statement for the year alone (p50 of 5): ${perModule.map(([name, t]) => `${name} ${t.toFixed(0)} ms`).join(', ')}`);
  console.log(`the refresh job read ${refreshed} ranges into snapshots in ${(refreshMs / 1000).toFixed(1)} s; the figures from snapshots equal those read live; never older than ${SNAPSHOT_FRESH_MS / 60_000} min`);
  const ratio = (times: number[], p: number) => (percentile(times, p) / percentile(floorTimes, p)).toFixed(2);
  console.log(`read live: p95 ${percentile(liveTimes, 95).toFixed(0)} ms, ratio to the SQL floor p50 ${ratio(liveTimes, 50)}×, p95 ${ratio(liveTimes, 95)}×`);
  const p95 = percentile(snapshotTimes, 95);
  console.log(
    `from snapshots: p95 ${p95.toFixed(0)} ms: target < ${TARGET_P95_MS} ms ${p95 < TARGET_P95_MS ? 'MET' : 'NOT MET'}; ratio to the snapshot floor p50 ${(percentile(snapshotTimes, 50) / percentile(snapshotFloorTimes, 50)).toFixed(1)}×, p95 ${(p95 / percentile(snapshotFloorTimes, 95)).toFixed(1)}×; to bare { __typename } p50 ${(percentile(snapshotTimes, 50) / percentile(bareTimes, 50)).toFixed(1)}×`,
  );
  console.log(
    `the monthly report for ${report.month} (figures read live, PDF ${(stored.pdf.length / 1024).toFixed(0)} kB, CSV ${(stored.csv.length / 1024).toFixed(0)} kB, stored): ${(reportMs / 1000).toFixed(1)} s: target < 30 s ${reportMs < 30_000 ? 'MET' : 'NOT MET'}`,
  );
  if (p95 >= TARGET_P95_MS || reportMs >= 30_000) process.exitCode = 1;
} finally {
  await pool.end();
  await server.close();
}
export {};
