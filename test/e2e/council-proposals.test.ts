// Issue 10's proposals, end to end in Chromium against the built app with the demo data: Elif, the
// demo facilitator, drafts a proposal for Kent Hakları, records the committee's vote in its meeting
// and submits it; Mehmet, the coordinator, records the municipality's answer (under review); signed
// out, the public council page shows the proposal with its status and answer, and its HTML holds no
// demo child's surname. Every page is shot and audited with axe.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { prisma } from '@katilim/server/db/prisma';
import { demoCommitteeId } from '@katilim/server/modules/council/demo-data';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '@katilim/server/seed/demo';
import { accessibilityAudits, unauditedPaths } from '../support/accessibility.ts';
import { screenshot } from '../support/browser.ts';
import { createChild } from '../support/council-scenarios.ts';
import { browserWithCamera, fullName, visible, WAIT } from '../support/e2e-shifts.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const facilitator = DEMO_ACCOUNTS.find((account) => account.email === 'kolaylastirici@katilim.demo')!;
const coordinator = DEMO_ACCOUNTS.find((account) => account.email === 'koordinator@katilim.demo')!;
const TITLE = 'Okul bahçelerinde gölgelik';
const ANSWER = 'Fen İşleri Dairesi 14 okulda keşif yapıyor; sonuçlar Şubat ayında açıklanacak.';
const committeeGlobalId = Buffer.from(`CouncilCommittee:${demoCommitteeId('kent-haklari')}`).toString('base64');

let server: TestServer;
let chromium: Awaited<ReturnType<typeof browserWithCamera>>;

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

beforeAll(async () => {
  server = await startTestServer({ client: true });
  await seedDemo();
  // The demo children are the members part's; until it is merged in, three stand in for them.
  const active = await prisma.councilMember.count({ where: { committeeId: demoCommitteeId('kent-haklari'), status: 'ACTIVE' } });
  if (active === 0) {
    for (const [n, lastName] of ['Karaçam', 'Sarıkaya', 'Akdeniz'].entries()) {
      await createChild({ committee: { id: demoCommitteeId('kent-haklari') }, firstName: ['Defne', 'Poyraz', 'Ada'][n], lastName });
    }
  }
  chromium = await browserWithCamera(server, 'katilim');
}, 180_000);

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await chromium?.shootFailure(`council-proposals-${task.name}`);
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('a committee’s proposal, from draft to the municipality’s answer on the public page', () => {
  it('the facilitator drafts it, records the committee’s vote in a meeting and submits it', async () => {
    const page = await chromium.newPage('facilitator');
    await logInDemo(page, facilitator, 'council-proposals-01-facilitator');
    await page.goto(`/council/committees/${encodeURIComponent(committeeGlobalId)}/proposals`);
    await visible(page.getByRole('heading', { level: 1, name: 'Kent Hakları Komisyonu: öneriler' }));
    await screenshot(page, 'council-proposals-02-committee');

    await page.getByRole('button', { name: 'Yeni öneri', exact: true }).click();
    const form = await visible(page.getByRole('dialog', { name: 'Yeni öneri' }));
    await form.getByRole('textbox', { name: 'Başlık' }).fill(TITLE);
    await form.getByRole('textbox', { name: 'Sorun' }).fill('Yazın okul bahçelerinde gölge yok; teneffüste çocuklar güneşte kalıyor.');
    await form.getByRole('textbox', { name: 'Öneri' }).fill('Okul bahçelerine gölgelik ve ağaç dikilsin.');
    await screenshot(page, 'council-proposals-03-draft');
    await form.getByRole('button', { name: 'Kaydet', exact: true }).click();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: TITLE, exact: true }) });
    await visible(card.getByText('Taslak', { exact: true }));

    await card.getByRole('button', { name: 'Oylamayı kaydet', exact: true }).click();
    const vote = await visible(page.getByRole('dialog', { name: `Oylama: ${TITLE}` }));
    await vote.getByRole('combobox', { name: 'Toplantı' }).click();
    await page.getByRole('option').first().click();
    const groups = vote.getByRole('radiogroup');
    const voters = await groups.count();
    expect(voters).toBeGreaterThan(0);
    for (let i = 0; i < voters; i += 1) await groups.nth(i).getByText(i === 1 ? 'Çekimser' : 'Evet', { exact: true }).click();
    await visible(vote.getByText('öneri kabul edilir', { exact: false }));
    await screenshot(page, 'council-proposals-04-vote');
    await vote.getByRole('button', { name: 'Oylamayı kaydet', exact: true }).click();
    await visible(card.getByText('Komisyonca kabul edildi', { exact: true }));
    await screenshot(page, 'council-proposals-05-adopted');

    await card.getByRole('button', { name: 'Belediyeye sun', exact: true }).click();
    await visible(card.getByText('Belediyeye sunuldu', { exact: true }));
    await screenshot(page, 'council-proposals-06-submitted');
    const row = await prisma.councilProposal.findFirstOrThrow({ where: { title: TITLE }, include: { votes: true } });
    expect(row).toMatchObject({ status: 'SUBMITTED' });
    expect(row.votes).toHaveLength(voters);
  });

  it('the coordinator records the municipality’s answer', async () => {
    const page = await chromium.newPage('coordinator');
    await logInDemo(page, coordinator, 'council-proposals-07-coordinator');
    await page.goto('/coordination/council/proposals');
    await visible(page.getByRole('heading', { level: 1, name: 'Meclis önerileri' }));
    await screenshot(page, 'council-proposals-08-awaiting');
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: TITLE, exact: true }) });
    await card.getByRole('button', { name: 'Yanıtı kaydet', exact: true }).click();
    const dialog = await visible(page.getByRole('dialog'));
    await dialog.getByRole('combobox', { name: 'Durum' }).click();
    await page.getByRole('option', { name: 'İnceleniyor', exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Yanıt metni' }).fill(ANSWER);
    await screenshot(page, 'council-proposals-09-answer');
    await dialog.getByRole('button', { name: 'Yanıtı kaydet', exact: true }).click();
    await visible(card.getByText('İnceleniyor', { exact: true }));
    await expect.poll(async () => (await prisma.councilProposal.findFirstOrThrow({ where: { title: TITLE } })).status, { timeout: WAIT }).toBe('UNDER_REVIEW');
  });

  it('signed out, the public council page shows it with its status and answer, and no child’s surname', async () => {
    const page = await chromium.newPage('public');
    await page.goto('/council');
    await visible(page.getByRole('heading', { level: 1, name: 'İzmir Çocuk Meclisi' }));
    const card = page.getByRole('article', { name: TITLE, exact: true });
    await visible(card.getByText('İnceleniyor', { exact: true }));
    await visible(card.getByText(ANSWER, { exact: true }));
    await screenshot(page, 'council-proposals-10-public');
    const html = await page.content();
    await card.getByRole('link', { name: TITLE, exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: TITLE }));
    await screenshot(page, 'council-proposals-11-public-proposal');
    const detail = await page.content();
    const children = await prisma.councilMember.findMany({ select: { lastName: true } });
    expect(children.length).toBeGreaterThan(0);
    expect(children.map((child) => child.lastName).filter((surname) => html.includes(surname) || detail.includes(surname))).toEqual([]);
  });

  it('every page visited was audited, with no violations', () => {
    expect(unauditedPaths()).toEqual([]);
    expect(accessibilityAudits().flatMap((audit) => audit.violations)).toEqual([]);
    expect(chromium.errors()).toEqual([]);
  });
});
