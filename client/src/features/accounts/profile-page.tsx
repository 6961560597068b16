import { useQuery } from '@apollo/client/react';
import { Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { ProfilePageDocument } from '../../generated/graphql';
import { PageHeader, QueryError } from '../../shared/page';
import { PrivacySection } from './privacy-section';
import { ProfileForm } from './profile-form';
import { ProfileSummary } from './profile-summary';
import { VolunteerProfileSection } from '../trainings/volunteer-profile-section';
import { CalendarFeedSection } from '../shifts/calendar-feed-section';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query ProfilePage {
    me {
      id
      ...ProfileSummary_user
      ...ProfileForm_user
      ...PrivacySection_user
      ...VolunteerProfileSection_user
      ...CalendarFeedSection_user
    }
    districts {
      id
      ...DistrictSelect_district
    }
  }
`;

export function ProfilePage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(ProfilePageDocument);

  return (
    <Stack maw={880}>
      <PageHeader title={t('accounts.profile.title')} />
      {error && !data ? (
        <QueryError onRetry={() => void refetch()} />
      ) : !data ? (
        <Stack>
          <Skeleton height={160} radius="md" />
          <Skeleton height={320} radius="md" />
          <Skeleton height={240} radius="md" />
        </Stack>
      ) : !data.me ? (
        <Navigate to="/login?next=%2Fprofile" replace />
      ) : (
        <>
          <ProfileSummary user={data.me} />
          <VolunteerProfileSection user={data.me} />
          <CalendarFeedSection user={data.me} />
          <ProfileForm user={data.me} districts={data.districts} />
          <PrivacySection user={data.me} />
        </>
      )}
    </Stack>
  );
}
