import { ApolloClient, ApolloLink } from '@apollo/client';
import { render, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCache } from '../../app/apollo';
import { createI18n, loadPageTranslations } from '../../app/i18n';
import { AppProviders } from '../../app/providers';
import { CalendarFeedSection_UserFragmentDoc } from '../../generated/graphql';
import { CalendarFeedSection } from './calendar-feed-section';
import { formatHours, formatPercent, monthName } from './hours-format';

beforeAll(() => loadPageTranslations());

function renderSection(calendarFeed: { createdAt: string } | null, language: 'tr' | 'en' = 'tr') {
  const client = new ApolloClient({ link: ApolloLink.empty(), cache: createCache(), dataMasking: true });
  const data = { __typename: 'User' as const, id: 'u-1', calendarFeed: calendarFeed ? { __typename: 'CalendarFeed' as const, ...calendarFeed } : null };
  client.writeFragment({ fragment: CalendarFeedSection_UserFragmentDoc, fragmentName: 'CalendarFeedSection_user', data });
  return render(
    <AppProviders client={client} i18n={createI18n(language)} mantineEnv="test">
      <CalendarFeedSection user={{ __typename: 'User', id: 'u-1' } as never} />
    </AppProviders>,
  );
}

describe('the calendar feed on the profile', () => {
  it('offers to create one when there is none', () => {
    renderSection(null);
    expect(screen.getByRole('heading', { name: 'Takvim aboneliği' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Takvim adresi oluştur' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Aboneliği kapat' })).not.toBeInTheDocument();
  });

  it('offers a new address or revoking when there is one, in English too', () => {
    renderSection({ createdAt: '2026-11-30T09:00:00.000Z' }, 'en');
    expect(screen.getByText(/You have a calendar subscription/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Make a new address (the old one stops working)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Turn the subscription off' })).toBeInTheDocument();
  });
});

describe('hours and rates', () => {
  it.each([
    [150, 'tr', '2,5'],
    [150, 'en', '2.5'],
    [60, 'tr', '1'],
    [0, 'en', '0'],
  ])('%i minutes in %s read %s hours', (minutes, language, expected) => {
    expect(formatHours(minutes, language)).toBe(expected);
  });

  it('names months and rates in the reader’s language', () => {
    expect(monthName(2, 'tr')).toBe('Şubat');
    expect(monthName(2, 'en')).toBe('February');
    expect(formatPercent(0.5, 'tr')).toBe('%50');
    expect(formatPercent(0.25, 'en')).toBe('25%');
  });
});
