import { todayInIstanbul } from '@katilim/schema/istanbul-day';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RegisterDocument, RegisterPageDocument } from '../../generated/graphql';
import { renderApp, signedOutShellMock } from '../../test/render-app';

const registerPageMock = {
  request: { query: RegisterPageDocument },
  result: {
    data: {
      districts: [
        { __typename: 'District' as const, id: 6, name: 'Bornova' },
        { __typename: 'District' as const, id: 16, name: 'Karşıyaka' },
        { __typename: 'District' as const, id: 9, name: 'Çiğli' },
      ],
      consentText: {
        __typename: 'ConsentText' as const,
        id: 'consent-1',
        version: '2025-01',
        body: 'Kişisel verileriniz 6698 sayılı Kanun uyarınca işlenir.',
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function yearsAgo(years: number): string {
  const [year, month, day] = todayInIstanbul().split('-');
  return `${Number(year) - years}-${month}-${day}`;
}

function setup() {
  const registerResult = vi.fn(() => ({
    data: {
      register: {
        __typename: 'InputValidationError' as const,
        message: 'Girilen bilgiler geçersiz.',
        issues: [{ __typename: 'ValidationIssue' as const, path: ['input', 'email'], message: 'Bu e-posta adresiyle zaten bir hesap var.' }],
      },
    },
  }));
  const registerMock = {
    request: { query: RegisterDocument, variables: () => true },
    result: registerResult,
  };
  const user = userEvent.setup();
  const view = renderApp('/register', [signedOutShellMock, registerPageMock, registerMock]);
  return { user, registerResult, ...view };
}

describe('register form', () => {
  it('shows translated validation errors and does not call the server', async () => {
    const { user, registerResult } = setup();

    await user.type(await screen.findByRole('textbox', { name: 'E-posta' }), 'ayse@');
    fireEvent.change(screen.getByLabelText(/Doğum tarihi/), { target: { value: yearsAgo(12) } });
    await user.click(screen.getByRole('button', { name: 'Hesap oluştur' }));

    expect(await screen.findByText('Geçerli bir e-posta adresi girin.')).toBeVisible();
    expect(
      screen.getByText(
        'Kendi hesabını yalnızca 18 yaşını doldurmuş kişiler açabilir. Çocuklar, kolaylaştırıcıları ya da velileri tarafından kaydedilir.',
      ),
    ).toBeVisible();
    expect(screen.getByText('Devam etmek için KVKK aydınlatma metnini onaylamalısınız.')).toBeVisible();
    expect(screen.getByText('Şifre en az 10 karakter olmalıdır.')).toBeVisible();
    // Focus goes to the first field that needs attention.
    expect(screen.getByRole('textbox', { name: 'Ad' })).toHaveFocus();
    expect(registerResult).not.toHaveBeenCalled();
  });

  it('speaks English when English is chosen', async () => {
    const user = userEvent.setup();
    renderApp('/register', [signedOutShellMock, registerPageMock], { language: 'en' });

    await user.click(await screen.findByRole('button', { name: 'Create account' }));

    expect(await screen.findByText('Enter a valid email address.')).toBeVisible();
    expect(screen.getByText('To continue, you need to accept the KVKK privacy notice.')).toBeVisible();
    // Mantine's own controls get names in the chosen language too.
    expect(screen.getByRole('button', { name: 'Show password' })).toBeInTheDocument();
  });

  it('sends a valid form and puts the server’s issue under the field it names', async () => {
    const { user, registerResult } = setup();

    await user.type(await screen.findByRole('textbox', { name: 'Ad' }), 'Ayşe');
    await user.type(screen.getByRole('textbox', { name: 'Soyad' }), 'Işık');
    await user.type(screen.getByRole('textbox', { name: 'E-posta' }), 'ayse@example.org');
    await user.type(screen.getByLabelText('Şifre'), 'uzun bir şifre cümlesi');
    await user.type(screen.getByRole('textbox', { name: /Cep telefonu/ }), '0532 123 45 67');
    fireEvent.change(screen.getByLabelText(/Doğum tarihi/), { target: { value: yearsAgo(30) } });

    // Turkish-aware filtering: "karsi" finds "Karşıyaka".
    const district = screen.getByRole('combobox', { name: 'İlçe' });
    await user.type(district, 'karsi');
    const listbox = await screen.findByRole('listbox');
    await user.click(within(listbox).getByRole('option', { name: 'Karşıyaka' }));

    await user.click(screen.getByRole('button', { name: 'Aydınlatma metnini oku' }));
    const dialog = await screen.findByRole('dialog', { name: 'KVKK Aydınlatma Metni' });
    expect(within(dialog).getByText(/6698 sayılı Kanun/)).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Okudum, kabul ediyorum' }));
    expect(screen.getByRole('checkbox', { name: /KVKK aydınlatma metnini okudum/ })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Hesap oluştur' }));

    expect(await screen.findByText('Bu e-posta adresiyle zaten bir hesap var.')).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'E-posta' })).toHaveAttribute('aria-invalid', 'true');
    expect(registerResult).toHaveBeenCalledTimes(1);
    expect(registerResult).toHaveBeenCalledWith({
      input: {
        email: 'ayse@example.org',
        password: 'uzun bir şifre cümlesi',
        firstName: 'Ayşe',
        lastName: 'Işık',
        // Sent as the server stores it (@katilim/schema/phone).
        phone: '+905321234567',
        birthDate: yearsAgo(30),
        districtId: 16,
        gender: null,
        locale: 'tr',
        acceptConsentVersion: '2025-01',
      },
    });
  });
});
