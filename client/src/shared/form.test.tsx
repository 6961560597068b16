import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../app/i18n';
import { useForm } from './form';

type Result =
  | { __typename: 'Saved'; data: { id: string } }
  | { __typename: 'InputValidationError'; message: string; issues: { path: string[]; message: string }[] }
  | { __typename: 'RoundClosedError'; message: string };

function renderForm() {
  const i18n = createI18n('tr');
  const wrapper = ({ children }: { children: ReactNode }) => <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
  return renderHook(() => useForm({ email: '', name: '' }), { wrapper });
}

describe('form.send: the submit tail every form shares', () => {
  it.each<{ case: string; mutate: () => Promise<Result | null>; returns: unknown; errors: object; formError: string | null }>([
    {
      case: 'success gives the success member',
      mutate: async () => ({ __typename: 'Saved', data: { id: 'x1' } }),
      returns: { __typename: 'Saved', data: { id: 'x1' } },
      errors: {},
      formError: null,
    },
    {
      case: 'a validation error goes to the field its path names',
      mutate: async () => ({
        __typename: 'InputValidationError',
        message: 'Geçersiz',
        issues: [{ path: ['input', 'email'], message: 'E-posta geçersiz' }],
      }),
      returns: null,
      errors: { email: 'E-posta geçersiz' },
      formError: null,
    },
    {
      case: 'a domain error goes to the form',
      mutate: async () => ({ __typename: 'RoundClosedError', message: 'Dönem kapandı' }),
      returns: null,
      errors: {},
      formError: 'Dönem kapandı',
    },
    {
      case: 'a failed request shows the network error',
      mutate: () => Promise.reject(new TypeError('Failed to fetch')),
      returns: null,
      errors: {},
      formError: 'Sunucuya ulaşılamadı. Bağlantınızı kontrol edip tekrar deneyin.',
    },
    { case: 'no data does nothing', mutate: async () => null, returns: null, errors: {}, formError: null },
  ])('$case', async ({ mutate, returns, errors, formError }) => {
    const { result } = renderForm();
    let sent: unknown;
    await act(async () => {
      sent = await result.current.send(mutate);
    });
    expect(sent).toEqual(returns);
    expect(result.current.errors).toEqual(errors);
    expect(result.current.formError).toBe(formError);
  });
});

describe('form.send options', () => {
  const invalid: Result = {
    __typename: 'InputValidationError',
    message: 'Geçersiz',
    issues: [{ path: ['input', 'emailAddress'], message: 'E-posta geçersiz' }],
  };

  it('maps a server field name to the form field with aliases', async () => {
    const { result } = renderForm();
    await act(async () => {
      await result.current.send(async () => invalid, { aliases: { emailAddress: 'email' } });
    });
    expect(result.current.errors).toEqual({ email: 'E-posta geçersiz' });
    expect(result.current.formError).toBeNull();
  });

  it('shows what onError returns instead of the error', async () => {
    const { result } = renderForm();
    await act(async () => {
      await result.current.send(async () => invalid, {
        onError: (error) => ({ message: error.message, issues: [{ path: ['name'], message: 'Ad eksik' }] }),
      });
    });
    expect(result.current.errors).toEqual({ name: 'Ad eksik' });
  });

  it('shows nothing when onError returns null, and gives onError the typed member', async () => {
    const { result } = renderForm();
    const seen: string[] = [];
    let sent: unknown = 'not sent';
    await act(async () => {
      sent = await result.current.send(async (): Promise<Result> => ({ __typename: 'RoundClosedError', message: 'Dönem kapandı' }), {
        onError: (error) => {
          seen.push(error.__typename);
          return null;
        },
      });
    });
    expect(sent).toBeNull();
    expect(seen).toEqual(['RoundClosedError']);
    expect(result.current.errors).toEqual({});
    expect(result.current.formError).toBeNull();
  });

  it('shows the error as it came when onError returns nothing', async () => {
    const { result } = renderForm();
    await act(async () => {
      await result.current.send(async (): Promise<Result> => ({ __typename: 'RoundClosedError', message: 'Dönem kapandı' }), {
        onError: () => undefined,
      });
    });
    expect(result.current.formError).toBe('Dönem kapandı');
  });
});
