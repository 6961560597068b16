import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AppShellDocument,
  EraseMyAccountDocument,
  ExportMyDataDocument,
  LandingPageDocument,
  ProfilePageDocument,
  type EraseMyAccountMutationVariables,
} from '../../generated/graphql';
import { renderApp } from '../../test/render-app';

const me = {
  __typename: 'User' as const,
  id: 'u-1',
  roles: ['VOLUNTEER' as const],
  firstName: 'Işık',
  lastName: 'Demir',
  fullName: 'Işık Demir',
};

/** The shell answers as the person until the account is gone, then as nobody. */
function shellMock(isErased: () => boolean): MockLink.MockedResponse {
  return {
    request: { query: AppShellDocument },
    result: () => ({ data: { me: isErased() ? null : me } }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const profileMock: MockLink.MockedResponse = {
  request: { query: ProfilePageDocument },
  result: {
    data: {
      me: {
        ...me,
        email: 'isik@example.org',
        emailVerified: true,
        birthDate: '1990-04-23',
        createdAt: '2025-01-10T09:00:00.000Z',
        phone: '05321234567',
        gender: null,
        locale: 'tr' as const,
        district: { __typename: 'District' as const, id: 6 },
        volunteerProfile: { __typename: 'VolunteerProfile' as const, hoursServed: 0, qualifications: [], areas: [] },
        consents: [
          {
            __typename: 'ConsentRecord' as const,
            id: 'c-1',
            purpose: 'ACCOUNT_PROCESSING' as const,
            // 09:00 UTC is 12:00 in İzmir.
            acceptedAt: '2025-01-10T09:00:00.000Z',
            withdrawnAt: null,
            text: { __typename: 'ConsentText' as const, id: 'ct-1', version: '2025-01' },
          },
        ],
      },
      districts: [{ __typename: 'District' as const, id: 6, name: 'Bornova' }],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const landingMock: MockLink.MockedResponse = {
  request: { query: LandingPageDocument },
  result: { data: { programmes: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function setup() {
  let erased = false;
  const erase = vi.fn(({ input }: EraseMyAccountMutationVariables) => {
    if (input.password !== 'doğru şifre cümlesi') {
      return {
        data: {
          eraseMyAccount: {
            __typename: 'InvalidCredentialsError' as const,
            message: 'E-posta adresi ya da şifre hatalı.',
          },
        },
      };
    }
    erased = true;
    return { data: { eraseMyAccount: { __typename: 'MutationEraseMyAccountSuccess' as const, data: true } } };
  });
  const user = userEvent.setup();
  const view = renderApp('/profile', [
    shellMock(() => erased),
    profileMock,
    landingMock,
    { request: { query: EraseMyAccountDocument, variables: () => true }, result: erase, maxUsageCount: 2 },
  ]);
  return { user, erase, ...view };
}

async function openEraseDialog(user: ReturnType<typeof userEvent.setup>) {
  const section = await screen.findByRole('region', { name: 'Kişisel verilerim (KVKK)' });
  await user.click(within(section).getByRole('button', { name: 'Hesabımı sil' }));
  return screen.findByRole('dialog', { name: 'Hesabınızı silmek üzeresiniz' });
}

const { createObjectURL, revokeObjectURL } = URL;

describe('my personal data (KVKK)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });

  it('lists the consents given, with the text version and the time in İzmir', async () => {
    renderApp('/profile', [shellMock(() => false), profileMock]);

    const table = await screen.findByRole('table', { name: 'Verdiğiniz onaylar' });
    const row = within(table).getByRole('row', { name: /Hesabın yürütülmesi/ });
    expect(within(row).getByText('2025-01')).toBeVisible();
    expect(within(row).getByText(/12:00/)).toBeVisible();
    expect(within(row).getByText('Geçerli')).toBeVisible();
  });

  it('keeps the dialog open with the server’s message when the password is wrong', async () => {
    const { user, erase, router } = setup();

    const dialog = await openEraseDialog(user);
    expect(within(dialog).getByText('Bu işlem geri alınamaz.')).toBeVisible();
    await user.type(within(dialog).getByLabelText(/Şifreniz/), 'yanlış');
    await user.click(within(dialog).getByRole('button', { name: 'Hesabımı kalıcı olarak sil' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('E-posta adresi ya da şifre hatalı.');
    expect(erase).toHaveBeenCalledWith({ input: { password: 'yanlış' } });
    expect(router.state.location.pathname).toBe('/profile');
    expect(screen.getByRole('dialog', { name: 'Hesabınızı silmek üzeresiniz' })).toBeInTheDocument();
  });

  it('asks for the password before calling the server', async () => {
    const { user, erase } = setup();

    const dialog = await openEraseDialog(user);
    await user.click(within(dialog).getByRole('button', { name: 'Hesabımı kalıcı olarak sil' }));

    expect(await within(dialog).findByText('Bu alan zorunludur.')).toBeVisible();
    expect(within(dialog).getByLabelText(/Şifreniz/)).toHaveFocus();
    expect(erase).not.toHaveBeenCalled();
  });

  it('erases the account, forgets the session and goes to the landing page', async () => {
    const { user, erase, router } = setup();

    const dialog = await openEraseDialog(user);
    await user.type(within(dialog).getByLabelText(/Şifreniz/), 'doğru şifre cümlesi');
    await user.click(within(dialog).getByRole('button', { name: 'Hesabımı kalıcı olarak sil' }));

    expect(await screen.findByText("Hesabınız silindi. Katılım'ı kullandığınız için teşekkür ederiz.")).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
    expect(erase).toHaveBeenCalledWith({ input: { password: 'doğru şifre cümlesi' } });
    // The reset store asked the shell again and now shows a visitor, not the erased person.
    await waitFor(() => expect(screen.getByRole('link', { name: 'Hemen kayıt ol' })).toBeVisible());
    expect(screen.queryByRole('button', { name: 'Kullanıcı menüsü: Işık Demir' })).not.toBeInTheDocument();
  });

  it('downloads everything held as a dated JSON file', async () => {
    const json = JSON.stringify({ person: { firstName: 'Işık' } }, null, 2);
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:katilim/1';
    });
    // jsdom has neither; a browser would hand the blob to its download manager.
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked: Array<{ download: string; href: string }> = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    });
    const exportResult = vi.fn(() => ({
      data: {
        exportMyData: {
          __typename: 'MutationExportMyDataSuccess' as const,
          // Late evening in UTC is already the next day in İzmir.
          data: { __typename: 'DataExport' as const, generatedAt: '2025-02-28T22:30:00.000Z', json },
        },
      },
    }));
    const user = userEvent.setup();
    renderApp('/profile', [
      shellMock(() => false),
      profileMock,
      { request: { query: ExportMyDataDocument }, result: exportResult },
    ]);

    await user.click(await screen.findByRole('button', { name: 'Verilerimi indir' }));

    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]).toEqual({ download: 'katilim-verilerim-2025-03-01.json', href: 'blob:katilim/1' });
    expect(blobs[0]!.type).toMatch(/^application\/json/);
    expect(await blobs[0]!.text()).toBe(json);
    expect(await screen.findByText('Verilerinizin kopyası indirildi.')).toBeVisible();
    expect(exportResult).toHaveBeenCalledTimes(1);
  });

  it('shows an error next to the button when the copy cannot be made', async () => {
    const user = userEvent.setup();
    renderApp('/profile', [
      shellMock(() => false),
      profileMock,
      { request: { query: ExportMyDataDocument }, error: new Error('offline') },
    ]);

    const section = await screen.findByRole('region', { name: 'Kişisel verilerim (KVKK)' });
    await user.click(within(section).getByRole('button', { name: 'Verilerimi indir' }));

    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'Sunucuya ulaşılamadı. Bağlantınızı kontrol edip tekrar deneyin.',
    );
  });
});
