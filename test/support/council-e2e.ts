// Steps of the council's end-to-end journeys that more than one test takes.
import type { Locator, Page } from 'playwright-core';
import { PNG_BASE64 } from './council-members-scenarios.ts';
import { visible } from './e2e-shifts.ts';

export type PaperChild = { firstName: string; lastName: string; guardianFirstName: string; guardianPhone: string; guardianEmail: string };

/**
 * Fills the "Çocuk kaydet" dialog from a paper form: the child (12 this year, at Konak Ortaokulu in
 * Konak), the guardian, and the participation consent with the signed form's scan (a small PNG).
 */
export async function fillPaperChild(page: Page, dialog: Locator, child: PaperChild) {
  await dialog.getByRole('textbox', { name: /^Ad/ }).fill(child.firstName);
  await dialog.getByRole('textbox', { name: /^Soyad/ }).fill(child.lastName);
  await dialog.getByLabel('Doğum tarihi').fill(`${new Date().getFullYear() - 12}-03-10`);
  await dialog.getByRole('textbox', { name: /^Okul/ }).fill('Konak Ortaokulu');
  await dialog.getByRole('combobox', { name: /İlçe/ }).fill('Kona');
  await page.getByRole('option', { name: 'Konak', exact: true }).click();
  await dialog.getByRole('textbox', { name: /^Velinin adı/ }).fill(child.guardianFirstName);
  await dialog.getByRole('textbox', { name: /^Velinin soyadı/ }).fill(child.lastName);
  await dialog.getByRole('textbox', { name: /^Yakınlığı/ }).fill('Anne');
  await dialog.getByRole('textbox', { name: /^Velinin telefonu/ }).fill(child.guardianPhone);
  await dialog.getByRole('textbox', { name: /^Velinin e-postası/ }).fill(child.guardianEmail);
  await dialog.getByRole('checkbox', { name: 'Meclise katılım' }).check();
  await dialog.locator('input[type="file"]').first().setInputFiles({ name: 'onay-formu.png', mimeType: 'image/png', buffer: Buffer.from(PNG_BASE64, 'base64') });
  await visible(dialog.getByText('onay-formu.png'));
}
