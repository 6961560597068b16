import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LogInDocument } from '../../generated/graphql';
import { renderApp, signedOutShellMock } from '../../test/render-app';

type LogInAnswer = { data: { logIn: Record<string, unknown> } };

function setup(answer: LogInAnswer | Error, { delay = 0 } = {}) {
  const logIn = vi.fn(() => (answer instanceof Error ? { data: undefined } : answer));
  const mock =
    answer instanceof Error
      ? { request: { query: LogInDocument, variables: () => true }, error: answer, delay }
      : { request: { query: LogInDocument, variables: () => true }, result: logIn, delay };
  const user = userEvent.setup();
  const view = renderApp('/login', [signedOutShellMock, mock]);
  return { user, logIn, ...view };
}

async function fillAndSubmit(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByRole('textbox', { name: 'E-posta' }), 'ayse@example.org');
  await user.type(screen.getByLabelText('Şifre'), 'uzun bir şifre cümlesi');
  await user.click(screen.getByRole('button', { name: 'Giriş yap' }));
}

describe('log-in form', () => {
  it('puts a validation issue under the field its path names', async () => {
    const { user, logIn } = setup({
      data: {
        logIn: {
          __typename: 'InputValidationError',
          message: 'Girilen bilgiler geçersiz.',
          issues: [{ __typename: 'ValidationIssue', path: ['input', 'email'], message: 'Bu e-posta adresi kullanılamaz.' }],
        },
      },
    });
    await fillAndSubmit(user);

    expect(await screen.findByText('Bu e-posta adresi kullanılamaz.')).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'E-posta' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(logIn).toHaveBeenCalledWith({ input: { email: 'ayse@example.org', password: 'uzun bir şifre cümlesi' } });
  });

  it('shows an unverified address’s message and offers to send the verification again', async () => {
    const { user } = setup({
      data: {
        logIn: { __typename: 'EmailNotVerifiedError', message: 'E-posta adresinizi henüz doğrulamadınız.' },
      },
    });
    await fillAndSubmit(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('E-posta adresinizi henüz doğrulamadınız.');
    expect(screen.getByRole('button', { name: 'Doğrulama e-postasını yeniden gönder' })).toBeVisible();
  });

  it('shows a wrong password as the form’s error, with no resend offer', async () => {
    const { user } = setup({
      data: { logIn: { __typename: 'InvalidCredentialsError', message: 'E-posta ya da şifre hatalı.' } },
    });
    await fillAndSubmit(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('E-posta ya da şifre hatalı.');
    expect(screen.queryByRole('button', { name: 'Doğrulama e-postasını yeniden gönder' })).not.toBeInTheDocument();
  });

  it('is busy while the request runs and shows the network error when it fails', async () => {
    const { user } = setup(new Error('offline'), { delay: 200 });
    await fillAndSubmit(user);

    await waitFor(() => expect(screen.getByRole('button', { name: 'Giriş yap' })).toHaveAttribute('data-loading', 'true'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Sunucuya ulaşılamadı. Bağlantınızı kontrol edip tekrar deneyin.');
    expect(screen.getByRole('button', { name: 'Giriş yap' })).not.toHaveAttribute('data-loading');
  });
});
