import { type FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProfileSummary_UserFragmentDoc } from '../../generated/graphql';
import { useFormatters } from '../../i18n/format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment ProfileSummary_user on User {
    id
    email
    emailVerified
    birthDate
    createdAt
    roles
  }
`;

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </Stack>
  );
}

export function ProfileSummary({ user }: { user: FragmentType<typeof ProfileSummary_UserFragmentDoc> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, complete } = useFragment({
    fragment: ProfileSummary_UserFragmentDoc,
    fragmentName: 'ProfileSummary_user',
    from: user,
  });
  if (!complete) return null;

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-labelledby="account-heading">
      <Title order={2} size="h3" id="account-heading" mb="md">
        {t('accounts.profile.account')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0}>
        <Field label={t('accounts.fields.email')}>
          <Group gap="xs" component="span">
            <span>{data.email}</span>
            <Badge color={data.emailVerified ? 'green' : 'yellow'} variant="light" component="span">
              {data.emailVerified ? t('accounts.profile.emailVerified') : t('accounts.profile.emailNotVerified')}
            </Badge>
          </Group>
        </Field>
        <Field label={t('accounts.profile.birthDate')}>{format.calendarDate(data.birthDate)}</Field>
        <Field label={t('accounts.profile.memberSince')}>{format.dateTime(data.createdAt)}</Field>
        <Field label={t('accounts.profile.roles')}>
          {data.roles.length === 0 ? (
            t('accounts.profile.noRoles')
          ) : (
            <Group gap={4} component="span">
              {data.roles.map((role) => (
                <Badge key={role} variant="light" component="span">
                  {t(`roles.${role}`)}
                </Badge>
              ))}
            </Group>
          )}
        </Field>
      </SimpleGrid>
    </Paper>
  );
}
