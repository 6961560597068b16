import { type FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { VolunteerProfileSection_UserFragmentDoc } from '../../generated/graphql';
import { formatIstanbulDay } from './istanbul-time';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment VolunteerProfileSection_user on User {
    id
    volunteerProfile {
      hoursServed
      qualifications {
        id
        name
        grantedAt
        expiresAt
        valid
      }
      areas {
        areaId
        name
        since
      }
    }
  }
`;

/** "Gönüllü profilim" on the profile page: qualifications with their validity, areas and hours. */
export function VolunteerProfileSection({ user }: { user: FragmentType<typeof VolunteerProfileSection_UserFragmentDoc> }) {
  const { t, i18n } = useTranslation();
  const day = (iso: string) => formatIstanbulDay(iso, i18n.resolvedLanguage ?? i18n.language);
  const { data, complete } = useFragment({ fragment: VolunteerProfileSection_UserFragmentDoc, fragmentName: 'VolunteerProfileSection_user', from: user });
  if (!complete) return null;
  const profile = data.volunteerProfile;

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-labelledby="volunteer-profile-heading">
      <Title order={2} size="h3" id="volunteer-profile-heading" mb="md">
        {t('trainings.profile.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('trainings.profile.qualifications')}
          </Title>
          {profile.qualifications.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('trainings.profile.noQualifications')}
            </Text>
          ) : (
            <List spacing="sm" listStyleType="none">
              {profile.qualifications.map((held) => (
                <List.Item key={held.id}>
                  <Group gap="xs">
                    <Text size="sm" fw={500}>
                      {held.name}
                    </Text>
                    <Badge size="sm" color={held.valid ? 'green' : 'red'} variant="light">
                      {held.valid ? t('trainings.profile.valid') : t('trainings.profile.expired')}
                    </Badge>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {held.valid
                      ? t('trainings.profile.validUntil', { date: day(held.expiresAt) })
                      : t('trainings.profile.expiredOn', { date: day(held.expiresAt) })}{' '}
                    · {t('trainings.profile.grantedOn', { date: day(held.grantedAt) })}
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('trainings.profile.areas')}
          </Title>
          {profile.areas.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('trainings.profile.noAreas')}
            </Text>
          ) : (
            <List spacing="xs" listStyleType="none">
              {profile.areas.map((area) => (
                <List.Item key={area.areaId}>
                  <Text size="sm" fw={500} span>
                    {area.name}
                  </Text>{' '}
                  <Text size="xs" c="dimmed" span>
                    {t('trainings.profile.since', { date: day(area.since) })}
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('trainings.profile.hours')}
          </Title>
          <Text size="xl" fw={700}>
            {t('trainings.profile.hoursValue', { count: profile.hoursServed })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('trainings.profile.hoursHelp')}
          </Text>
        </Stack>
      </SimpleGrid>
    </Paper>
  );
}
