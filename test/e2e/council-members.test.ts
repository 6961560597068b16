// Issue 10's members part, end to end in Chromium against the built app: Derya, a facilitator of the
// Urban Rights committee, records a child with the guardian's consent given on paper (the signed form's
// scan, a small PNG, uploaded through the file input), finds the child in the roster and reveals the
// guardian's contact (an audited read). Then Hale, the guardian of another member, opens the committee
// and sees first names only. Every page is shot and audited with axe.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { accessibilityAudits, unauditedPaths } from '../support/accessibility.ts';
import { screenshot } from '../support/browser.ts';
import { fillPaperChild } from '../support/council-e2e.ts';
import { createChild, createCouncilTerm } from '../support/council-scenarios.ts';
import { browserWithCamera, logIn, openFromMenu, visible } from '../support/e2e-shifts.ts';
import { createPerson } from '../support/scenarios.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

const people = {
  facilitator: { firstName: 'Derya', lastName: 'Kolaylaştırıcı', email: 'derya.kolay@council.e2e.katilim' },
  guardian: { firstName: 'Hale', lastName: 'Velioğlu', email: 'hale.veli@council.e2e.katilim' },
} as const;

let server: TestServer;
let chromium: Awaited<ReturnType<typeof browserWithCamera>>;
let facilitatorPage: Page;
let guardianPage: Page;
let committee: Awaited<ReturnType<typeof createCouncilTerm>>['committees'][number];

beforeAll(async () => {
  server = await startTestServer({ client: true });
  committee = (await createCouncilTerm({ committees: ['Kent Hakları Komisyonu'] })).committees[0]!;
  const facilitator = await createPerson({ ...people.facilitator, roles: ['FACILITATOR'] });
  await server.prisma.councilFacilitator.create({ data: { committeeId: committee.id, userId: facilitator.id } });
  const guardian = await createPerson({ ...people.guardian });
  await createChild({ committee, firstName: 'Toprak', lastName: 'Velioğlu', guardianUserId: guardian.id });
  await createChild({ committee, firstName: 'Aslı', lastName: 'Gizlisoy' });
  chromium = await browserWithCamera(server, 'katilim');
  facilitatorPage = await chromium.newPage('facilitator');
  guardianPage = await chromium.newPage('guardian');
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await chromium?.shootFailure(`council-members-${task.name}`);
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('a facilitator records a child with the guardian’s consent', () => {
  it('records the child from the paper form with its scan, finds them in the roster and reveals the guardian’s contact', async () => {
    const page = facilitatorPage;
    await logIn(page, people.facilitator, 'council-members-01-facilitator');
    await openFromMenu(page, 'Komitelerim');
    await screenshot(page, 'council-members-02-facilitation');
    await page.getByRole('link', { name: 'Kent Hakları Komisyonu', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Kent Hakları Komisyonu' }));
    await visible(page.getByRole('link', { name: 'Aslı Gizlisoy', exact: true }));
    await screenshot(page, 'council-members-03-roster');

    await page.getByRole('button', { name: 'Çocuk kaydet', exact: true }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Çocuk kaydet' }));
    await fillPaperChild(page, dialog, { firstName: 'Mira', lastName: 'Işıklı', guardianFirstName: 'Sevgi', guardianPhone: '0532 444 55 66', guardianEmail: 'sevgi.isikli@example.com' });
    await screenshot(page, 'council-members-04-record-dialog');
    await dialog.getByRole('button', { name: 'Kaydet', exact: true }).click();
    await visible(page.getByText('Çocuk kaydedildi.', { exact: true }));
    const child = await server.prisma.councilMember.findFirstOrThrow({ where: { lastName: 'Işıklı' }, include: { consents: true } });
    expect(child.status).toBe('ACTIVE');
    expect(child.consents).toEqual([expect.objectContaining({ purpose: 'COUNCIL_PARTICIPATION', method: 'PAPER', scanMimeType: 'image/png' })]);

    await page.getByRole('link', { name: 'Mira Işıklı', exact: true }).click();
    await visible(page.getByRole('heading', { level: 1, name: 'Mira Işıklı' }));
    await visible(page.getByText('Fotoğraf çekilmez').first());
    await screenshot(page, 'council-members-05-member');
    await page.getByRole('button', { name: 'İletişim bilgilerini göster', exact: true }).click();
    await visible(page.getByText('Veli telefonu: +905324445566', { exact: true }));
    await screenshot(page, 'council-members-06-contact');
    expect(await server.prisma.auditEntry.count({ where: { action: 'council.contact.read', entityId: child.id } })).toBe(1);
  });
});

describe('a guardian sees the committee', () => {
  it('by first names only', async () => {
    const page = guardianPage;
    await logIn(page, people.guardian, 'council-members-07-guardian');
    await page.goto(`/council/committees/${encodeURIComponent(committee.globalId)}`);
    await visible(page.getByRole('heading', { level: 1, name: 'Kent Hakları Komisyonu' }));
    const table = page.getByRole('table');
    await visible(table.getByText('Mira', { exact: true }));
    await visible(table.getByText('Aslı', { exact: true }));
    expect(await table.textContent()).not.toMatch(/Gizlisoy|Işıklı/);
    await screenshot(page, 'council-members-08-guardian-roster');
    await page.goto('/council/children');
    await visible(page.getByRole('heading', { level: 1, name: 'Meclisteki çocuklarım' }));
    await visible(page.getByRole('link', { name: 'Toprak Velioğlu', exact: true }));
    await screenshot(page, 'council-members-09-my-children');
  });
});

describe('accessibility', () => {
  it('audited every page the journey visited', () => {
    expect(accessibilityAudits().length).toBeGreaterThan(0);
    expect(unauditedPaths()).toEqual([]);
  });
});

describe('the browser console', () => {
  it('reported no errors', () => {
    expect(chromium.errors()).toEqual([]);
  });
});
