import { useQuery } from '@apollo/client/react';
import { Button, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MyApplicationsPageDocument } from '../../generated/graphql';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { ApplicationCard } from './application-card';
import { useWithdrawApplication } from './withdraw-application';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query MyApplicationsPage {
    myApplications {
      id
      ...ApplicationCard_application
    }
  }
`;

export function MyApplicationsPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MyApplicationsPageDocument);
  const withdraw = useWithdrawApplication();

  return (
    <Stack maw={960}>
      <PageHeader title={t('volunteering.my.title')} lead={t('volunteering.my.lead')} />
      {error && !data ? (
        <QueryError onRetry={() => void refetch()} />
      ) : !data ? (
        <Stack aria-busy>
          <Skeleton height={220} radius="md" />
          <Skeleton height={220} radius="md" />
        </Stack>
      ) : data.myApplications.length === 0 ? (
        <EmptyMessage title={t('volunteering.my.empty')}>
          <Button component={Link} to="/volunteering" mt="sm">
            {t('volunteering.my.emptyAction')}
          </Button>
        </EmptyMessage>
      ) : (
        <Stack component="section" aria-label={t('volunteering.my.listLabel')}>
          {data.myApplications.map((application) => (
            <ApplicationCard key={application.id} application={application} onWithdraw={(application) => void withdraw(application)} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
