// Issue 10's journey, end to end in Chromium against the built app with the demo data, on one
// committee (Kent Hakları) and one new child:
//   1. Elif, the demo facilitator, records Mira from her guardian's paper form (participation only,
//      with the form's scan: no media consent);
//   2. schedules a committee meeting — the guardians are told through the outbox, Mira's among
//      them, a suspended child's not;
//   3. takes its attendance on a phone-sized screen (390×844): Mira's card says "no photos";
//   4. drafts a proposal, records the committee's vote (Mira votes) and submits it;
//   5. Mehmet, the coordinator, records the municipality's answer;
//   6. signed out, the public council page shows it with its status and answer, and holds no child's
//      surname.
// Every page is shot and audited with axe (0 violations); the browser console stays clean.
import { addDays, todayInIstanbul } from '@katilim/schema/istanbul-day';
import { prisma } from '@katilim/server/db/prisma';
import { demoCommitteeId } from '@katilim/server/modules/council/demo-data';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '@katilim/server/seed/demo';
import { seedId } from '@katilim/server/seed/volunteering-plan';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityAudits, unauditedPaths } from '../support/accessibility.ts';
import { screenshot } from '../support/browser.ts';
import { fillPaperChild } from '../support/council-e2e.ts';
import { browserWithCamera, fullName, visible, WAIT } from '../support/e2e-shifts.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const facilitator = DEMO_ACCOUNTS.find((account) => account.email === 'kolaylastirici@katilim.demo')!;
const coordinator = DEMO_ACCOUNTS.find((account) => account.email === 'koordinator@katilim.demo')!;
const MIRA = { firstName: 'Mira', lastName: 'Işıklı', guardianFirstName: 'Sevgi', guardianPhone: '0532 444 55 66', guardianEmail: 'sevgi.isikli@example.com' };
const MEETING = 'Oyun alanları gözlem toplantısı';
const PROPOSAL = 'Okul bahçelerinde gölgelik';
const ANSWER = 'Fen İşleri Dairesi 14 okulda keşif yapıyor; sonuçlar Şubat ayında açıklanacak.';
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const committeeId = globalId('CouncilCommittee', demoCommitteeId('kent-haklari'));

let server: TestServer;
let chromium: Awaited<ReturnType<typeof browserWithCamera>>;
let desk: Page;

async function logInDemo(page: Page, person: (typeof DEMO_ACCOUNTS)[number], shot: string) {
  await page.goto('/login');
  await visible(page.getByRole('heading', { level: 1, name: 'Giriş yap' }));
  await page.getByLabel('E-posta').fill(person.email);
  await page.getByLabel('Şifre', { exact: true }).fill(DEMO_PASSWORD);
  await screenshot(page, `${shot}-log-in`);
  await page.getByRole('button', { name: 'Giriş yap', exact: true }).click();
  await visible(page.getByRole('button', { name: `Kullanıcı menüsü: ${fullName(person)}`, exact: true }));
  await screenshot(page, `${shot}-home`);
}

const mira = () => prisma.councilMember.findFirstOrThrow({ where: { firstName: MIRA.firstName, lastName: MIRA.lastName }, include: { consents: true } });

beforeAll(async () => {
  server = await startTestServer({ client: true });
  await seedDemo();
  chromium = await browserWithCamera(server, 'katilim');
  desk = await chromium.newPage('facilitator');
}, 240_000);

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await chromium?.shootFailure(`council-journey-${task.name}`);
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('the Children’s Council, from a paper consent form to the municipality’s answer on the public page', () => {
  it('1. the facilitator records a child with the guardian’s consent on paper', async () => {
    await logInDemo(desk, facilitator, 'council-journey-01-facilitator');
    await desk.goto(`/council/committees/${encodeURIComponent(committeeId)}`);
    await visible(desk.getByRole('heading', { level: 1, name: 'Kent Hakları Komisyonu' }));
    await screenshot(desk, 'council-journey-02-committee');
    await desk.getByRole('button', { name: 'Çocuk kaydet', exact: true }).click();
    const dialog = await visible(desk.getByRole('dialog', { name: 'Çocuk kaydet' }));
    await fillPaperChild(desk, dialog, MIRA);
    await screenshot(desk, 'council-journey-03-record-child');
    await dialog.getByRole('button', { name: 'Kaydet', exact: true }).click();
    await visible(desk.getByText('Çocuk kaydedildi.', { exact: true }));
    await visible(desk.getByRole('link', { name: `${MIRA.firstName} ${MIRA.lastName}`, exact: true }));
    await screenshot(desk, 'council-journey-04-recorded');
    const child = await mira();
    expect(child).toMatchObject({ status: 'ACTIVE', committeeId: demoCommitteeId('kent-haklari') });
    expect(child.consents).toEqual([expect.objectContaining({ purpose: 'COUNCIL_PARTICIPATION', method: 'PAPER', scanMimeType: 'image/png', withdrawnAt: null })]);
  });

  it('2. schedules a committee meeting, and the guardians are told', async () => {
    await desk.goto(`/council/committees/${encodeURIComponent(committeeId)}/meetings`);
    await visible(desk.getByRole('heading', { level: 1, name: /toplantılar$/ }));
    await desk.getByRole('button', { name: 'Toplantı planla' }).click();
    const dialog = await visible(desk.getByRole('dialog', { name: 'Toplantı planla' }));
    await dialog.getByLabel('Başlık').fill(MEETING);
    await dialog.getByLabel('Tarih').fill(addDays(todayInIstanbul(), 2));
    await dialog.getByRole('textbox', { name: /^Yer\b/ }).fill('Konak Çocuk Meclisi Salonu');
    await dialog.getByLabel('Gündem maddesi 1').fill('Oyun alanı anketi');
    await screenshot(desk, 'council-journey-05-schedule');
    await dialog.getByRole('button', { name: 'Planla', exact: true }).click();
    await visible(desk.getByRole('link', { name: MEETING }));
    await screenshot(desk, 'council-journey-06-scheduled');

    // Told in the scheduling's transaction: Mira's guardian among them, the suspended child's not.
    const told = (await prisma.outboxMessage.findMany({ where: { template: 'councilMeetingScheduled', subject: { contains: MEETING } } })).map((mail) => mail.toAddress);
    expect(told).toContain(MIRA.guardianEmail);
    const suspended = await prisma.councilMember.findUniqueOrThrow({ where: { id: seedId('council-child-7') }, select: { status: true, guardian: { select: { email: true } } } });
    expect(suspended.status).toBe('SUSPENDED');
    expect(told).not.toContain(suspended.guardian.email);
  });

  it('3. takes the meeting’s attendance on a phone', { timeout: 120_000 }, async () => {
    const meeting = await prisma.councilMeeting.findFirstOrThrow({ where: { title: MEETING }, select: { id: true } });
    const phone = await chromium.newPage('phone');
    await phone.setViewportSize({ width: 390, height: 844 });
    await logInDemo(phone, facilitator, 'council-journey-07-phone');
    await phone.goto(`/council/meetings/${globalId('CouncilMeeting', meeting.id)}/attendance`);
    await visible(phone.getByRole('heading', { level: 1, name: `Yoklama: ${MEETING}` }));
    const card = (name: string) => phone.getByTestId('attendance-card').filter({ hasText: name });
    // Mira has no media consent: her card says so; a child with it has no such mark.
    await visible(card(`${MIRA.firstName} ${MIRA.lastName}`).getByText('Fotoğraf yok'));
    const first = await prisma.councilMember.findUniqueOrThrow({ where: { id: seedId('council-child-1') }, select: { firstName: true, lastName: true } });
    await expect(card(`${first.firstName} ${first.lastName}`).getByText('Fotoğraf yok').count()).resolves.toBe(0);
    await screenshot(phone, 'council-journey-08-attendance');
    await phone.getByRole('button', { name: 'Herkes katıldı' }).click();
    await card(`${first.firstName} ${first.lastName}`).getByText('İzinli', { exact: true }).click();
    await screenshot(phone, 'council-journey-09-marked');
    await phone.getByRole('button', { name: 'Yoklamayı kaydet' }).click();
    await visible(phone.getByText(/^Yoklama kaydedildi\./));
    await screenshot(phone, 'council-journey-10-saved');

    const rows = await prisma.councilAttendance.findMany({ where: { meetingId: meeting.id } });
    const status = new Map(rows.map((row) => [row.memberId, row.status]));
    expect(status.get((await mira()).id)).toBe('PRESENT');
    expect(status.get(seedId('council-child-1'))).toBe('EXCUSED');
    expect(status.has(seedId('council-child-7'))).toBe(false);
  });

  it('4. drafts a proposal, records the committee’s vote and submits it', async () => {
    await desk.goto(`/council/committees/${encodeURIComponent(committeeId)}/proposals`);
    await visible(desk.getByRole('heading', { level: 1, name: 'Kent Hakları Komisyonu: öneriler' }));
    await desk.getByRole('button', { name: 'Yeni öneri', exact: true }).click();
    const form = await visible(desk.getByRole('dialog', { name: 'Yeni öneri' }));
    await form.getByRole('textbox', { name: 'Başlık' }).fill(PROPOSAL);
    await form.getByRole('textbox', { name: 'Sorun' }).fill('Yazın okul bahçelerinde gölge yok; teneffüste çocuklar güneşte kalıyor.');
    await form.getByRole('textbox', { name: 'Öneri' }).fill('Okul bahçelerine gölgelik ve ağaç dikilsin.');
    await screenshot(desk, 'council-journey-11-draft');
    await form.getByRole('button', { name: 'Kaydet', exact: true }).click();
    const card = desk.getByRole('listitem').filter({ has: desk.getByRole('heading', { name: PROPOSAL, exact: true }) });
    await visible(card.getByText('Taslak', { exact: true }));

    await card.getByRole('button', { name: 'Oylamayı kaydet', exact: true }).click();
    const vote = await visible(desk.getByRole('dialog', { name: `Oylama: ${PROPOSAL}` }));
    await vote.getByRole('combobox', { name: 'Toplantı' }).click();
    await desk.getByRole('option').first().click();
    await visible(vote.getByText(MIRA.firstName, { exact: false }));
    const groups = vote.getByRole('radiogroup');
    const voters = await groups.count();
    expect(voters).toBeGreaterThan(1);
    for (let i = 0; i < voters; i += 1) await groups.nth(i).getByText(i === 1 ? 'Çekimser' : 'Evet', { exact: true }).click();
    await visible(vote.getByText('öneri kabul edilir', { exact: false }));
    await screenshot(desk, 'council-journey-12-vote');
    await vote.getByRole('button', { name: 'Oylamayı kaydet', exact: true }).click();
    await visible(card.getByText('Komisyonca kabul edildi', { exact: true }));

    await card.getByRole('button', { name: 'Belediyeye sun', exact: true }).click();
    await visible(card.getByText('Belediyeye sunuldu', { exact: true }));
    await screenshot(desk, 'council-journey-13-submitted');
    const row = await prisma.councilProposal.findFirstOrThrow({ where: { title: PROPOSAL }, include: { votes: true } });
    expect(row.status).toBe('SUBMITTED');
    expect(row.votes).toHaveLength(voters);
    expect(row.votes.map((v) => v.memberId)).toContain((await mira()).id);
  });

  it('5. the coordinator records the municipality’s answer', async () => {
    const page = await chromium.newPage('coordinator');
    await logInDemo(page, coordinator, 'council-journey-14-coordinator');
    await page.goto('/coordination/council/proposals');
    await visible(page.getByRole('heading', { level: 1, name: 'Meclis önerileri' }));
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: PROPOSAL, exact: true }) });
    await card.getByRole('button', { name: 'Yanıtı kaydet', exact: true }).click();
    const dialog = await visible(page.getByRole('dialog'));
    await dialog.getByRole('combobox', { name: 'Durum' }).click();
    await page.getByRole('option', { name: 'İnceleniyor', exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Yanıt metni' }).fill(ANSWER);
    await screenshot(page, 'council-journey-15-answer');
    await dialog.getByRole('button', { name: 'Yanıtı kaydet', exact: true }).click();
    await visible(card.getByText('İnceleniyor', { exact: true }));
    await expect.poll(async () => (await prisma.councilProposal.findFirstOrThrow({ where: { title: PROPOSAL } })).status, { timeout: WAIT }).toBe('UNDER_REVIEW');
  });

  it('6. signed out, the public council page shows it with its answer, and no child’s surname', async () => {
    const page = await chromium.newPage('public');
    await page.goto('/council');
    await visible(page.getByRole('heading', { level: 1, name: 'İzmir Çocuk Meclisi' }));
    const card = page.getByRole('article', { name: PROPOSAL, exact: true });
    await visible(card.getByText('İnceleniyor', { exact: true }));
    await visible(card.getByText(ANSWER, { exact: true }));
    await screenshot(page, 'council-journey-16-public');
    const list = await page.content();
    await card.getByRole('link', { name: PROPOSAL, exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: PROPOSAL }));
    await screenshot(page, 'council-journey-17-public-proposal');
    const detail = await page.content();
    const surnames = (await prisma.councilMember.findMany({ select: { lastName: true } })).map((child) => child.lastName);
    expect(surnames).toContain(MIRA.lastName);
    expect(surnames.filter((surname) => list.includes(surname) || detail.includes(surname))).toEqual([]);
  });

  it('audited every page it visited, with 0 axe violations, and the console stayed clean', () => {
    expect(unauditedPaths()).toEqual([]);
    expect(accessibilityAudits().flatMap((audit) => audit.violations)).toEqual([]);
    expect(chromium.errors()).toEqual([]);
  });
});
