import { useQuery } from '@apollo/client/react';
import { Anchor, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { RegisterPageDocument } from '../../generated/graphql';
import { PageHeader, QueryError } from '../../shared/page';
import { useViewer } from '../shell/viewer';
import { RegisterForm } from './register-form';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query RegisterPage {
    districts {
      id
      ...DistrictSelect_district
    }
    consentText(purpose: ACCOUNT_PROCESSING) {
      id
      version
      ...ConsentModal_consentText
    }
  }
`;

export function RegisterPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  // The consent text is in the request's language: refetch when it changes.
  const { data, error, refetch } = useQuery(RegisterPageDocument, {
    fetchPolicy: 'cache-and-network',
  });

  if (viewer) return <Navigate to="/profile" replace />;

  return (
    <Stack maw={720}>
      <PageHeader title={t('accounts.register.title')} lead={t('accounts.register.lead')} />
      <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="md">
        {error && !data ? (
          <QueryError onRetry={() => void refetch()} />
        ) : !data ? (
          <Stack>
            {Array.from({ length: 6 }, (_, index) => (
              <Skeleton key={index} height={56} />
            ))}
          </Stack>
        ) : (
          <RegisterForm
            districts={data.districts}
            consentText={data.consentText}
            consentVersion={data.consentText.version}
          />
        )}
      </Paper>
      <Text size="sm">
        {t('accounts.register.haveAccount')}{' '}
        <Anchor component={Link} to="/login">
          {t('accounts.register.logInLink')}
        </Anchor>
      </Text>
    </Stack>
  );
}
