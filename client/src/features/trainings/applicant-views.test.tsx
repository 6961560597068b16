import { ApolloClient, ApolloLink, type FragmentType } from '@apollo/client';
import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCache } from '../../app/apollo';
import { createI18n, loadPageTranslations } from '../../app/i18n';
import { AppProviders } from '../../app/providers';
import {
  TrainingSection_ApplicationFragmentDoc,
  VolunteerProfileSection_UserFragmentDoc,
} from '../../generated/graphql';
import { TrainingSection } from './training-section';
import { VolunteerProfileSection } from './volunteer-profile-section';

// These sections are rendered alone here; in the app the page that shows them loads the strings.
beforeAll(() => loadPageTranslations());

/** Renders with a real cache holding `write`'s data and no network at all. */
function renderFromCache(write: (client: ApolloClient) => void, ui: React.ReactNode, language: 'tr' | 'en' = 'tr') {
  const client = new ApolloClient({ link: ApolloLink.empty(), cache: createCache(), dataMasking: true });
  write(client);
  return render(
    <AppProviders client={client} i18n={createI18n(language)} mantineEnv="test">
      {ui}
    </AppProviders>,
  );
}

const session = (id: string, title: string, startsAt: string, makeUpFor: { id: string; title: string } | null = null) => ({
  __typename: 'TrainingSession' as const,
  id,
  title,
  startsAt,
  endsAt: new Date(new Date(startsAt).getTime() + 3 * 3_600_000).toISOString(),
  place: 'Konak Kadın Danışma Merkezi',
  trainer: 'Dr. Selin Aras',
  makeUpFor: makeUpFor ? { __typename: 'TrainingSession' as const, ...makeUpFor } : null,
});

describe("the applicant's trainings", () => {
  it('lists the sessions to attend with place, time in İzmir and attendance, and the make-up for a missed one', () => {
    renderFromCache(
      (client) =>
        client.writeFragment({
          fragment: TrainingSection_ApplicationFragmentDoc,
          fragmentName: 'TrainingSection_application',
          data: {
            __typename: 'VolunteerApplication',
            id: 'a-1',
            trainings: [
              {
                __typename: 'TrainingEnrolment',
                id: 'e-1',
                completedAt: null,
                progress: { __typename: 'CompletionProgress', attended: 1, required: 3, complete: false },
                attendance: [
                  { __typename: 'SessionAttendance', sessionId: 's-1', status: 'ATTENDED' },
                  { __typename: 'SessionAttendance', sessionId: 's-2', status: 'ABSENT' },
                ],
                course: {
                  __typename: 'TrainingCourse',
                  id: 'c-1',
                  title: 'Toplumsal Cinsiyet Eşitliği Temel Eğitimi',
                  qualification: { __typename: 'Qualification', id: 'q-1', name: 'TCE Temel' },
                  sessions: [
                    session('s-1', 'Temel kavramlar', '2026-10-01T07:00:00.000Z'),
                    session('s-2', 'Şiddetin önlenmesi', '2026-10-08T07:00:00.000Z'),
                    session('s-3', 'Sahada iletişim', '2099-10-15T07:00:00.000Z'),
                    session('s-m', 'Telafi oturumu', '2099-10-20T15:00:00.000Z', { id: 's-2', title: 'Şiddetin önlenmesi' }),
                    session('s-x', 'Başka telafi', '2099-10-21T15:00:00.000Z', { id: 's-1', title: 'Temel kavramlar' }),
                  ],
                },
              },
            ],
          },
        }),
      <TrainingSection application={{ __typename: 'VolunteerApplication', id: 'a-1' } as FragmentType<typeof TrainingSection_ApplicationFragmentDoc>} />,
    );

    expect(screen.getByRole('heading', { name: 'Eğitimlerim' })).toBeInTheDocument();
    expect(screen.getByText('1 / 3 oturuma katıldınız', { exact: false })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Toplumsal Cinsiyet Eşitliği Temel Eğitimi oturumları' });
    const items = within(list).getAllByRole('listitem');
    // The make-up for a session attended is not shown; the one for the missed session is.
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Temel kavramlarKatıldı'),
      expect.stringContaining('Şiddetin önlenmesiKatılmadı'),
      expect.stringContaining('Sahada iletişimYaklaşan'),
      expect.stringContaining('"Şiddetin önlenmesi" oturumunun telafisi'),
    ]);
    // 07:00 UTC is 10:00 in İzmir.
    expect(items[0]).toHaveTextContent('10:00');
    expect(items[0]).toHaveTextContent('Konak Kadın Danışma Merkezi · Eğitmen: Dr. Selin Aras');
  });
});

describe('the volunteer profile', () => {
  it('shows qualifications with their validity, areas and hours (none yet, and why)', () => {
    renderFromCache(
      (client) =>
        client.writeFragment({
          fragment: VolunteerProfileSection_UserFragmentDoc,
          fragmentName: 'VolunteerProfileSection_user',
          data: {
            __typename: 'User',
            id: 'u-1',
            volunteerProfile: {
              __typename: 'VolunteerProfile',
              hoursServed: 0,
              qualifications: [
                {
                  __typename: 'UserQualification',
                  id: 'uq-1',
                  name: 'Gender Equality Basic Training',
                  grantedAt: '2026-10-15T10:00:00.000Z',
                  expiresAt: '2028-10-15T10:00:00.000Z',
                  valid: true,
                },
                {
                  __typename: 'UserQualification',
                  id: 'uq-2',
                  name: 'Working with Children',
                  grantedAt: '2024-01-10T10:00:00.000Z',
                  expiresAt: '2025-01-10T10:00:00.000Z',
                  valid: false,
                },
              ],
              areas: [{ __typename: 'VolunteerAreaAssignment', areaId: 'ar-1', name: 'Translation', since: '2026-10-20T09:00:00.000Z' }],
            },
          },
        }),
      <VolunteerProfileSection user={{ __typename: 'User', id: 'u-1' } as FragmentType<typeof VolunteerProfileSection_UserFragmentDoc>} />,
      'en',
    );

    const section = screen.getByRole('region', { name: 'My volunteer profile' });
    expect(within(section).getByText('Valid')).toBeInTheDocument();
    expect(within(section).getByText('Expired')).toBeInTheDocument();
    expect(section).toHaveTextContent('until 15 October 2028');
    expect(section).toHaveTextContent('expired on 10 January 2025');
    expect(section).toHaveTextContent('Translation');
    expect(section).toHaveTextContent('0 hours');
    expect(section).toHaveTextContent('Shifts come in a later release');
  });
});
