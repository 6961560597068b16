import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createI18n, LANGUAGE_STORAGE_KEY } from '../../app/i18n';
import { LandingPageDocument } from '../../generated/graphql';
import { renderApp, signedOutShellMock } from '../../test/render-app';

const landingMock = {
  request: { query: LandingPageDocument },
  result: {
    data: {
      programmes: [
        {
          __typename: 'Programme' as const,
          id: 'p-1',
          kind: 'VOLUNTEERING' as const,
          name: 'Eşit İzmir Gönüllüleri',
          summary: 'Kentin dört bir yanında gönüllülük.',
        },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('language switch', () => {
  it('starts in Turkish, switches the whole shell to English and remembers the choice', async () => {
    const user = userEvent.setup();
    renderApp('/', [signedOutShellMock, landingMock]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Kentimize birlikte katılalım' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Ana sayfa' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('tr');

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Take part in your city' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Home' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Log in' })).not.toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Türkçe' })).toHaveAttribute('lang', 'tr');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');

    // A later visit (a new instance reading storage) comes back in English.
    expect(createI18n().language).toBe('en');
  });

  it('falls back to Turkish when storage holds something unknown', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de');
    expect(createI18n().language).toBe('tr');
  });
});
