import { useQuery } from '@apollo/client/react';
import { Anchor, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApplicationInterviewPageDocument } from '../../generated/graphql';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { InterviewBookingSection } from './interview-booking-section';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query ApplicationInterviewPage($id: ID!) {
    node(id: $id) {
      id
      ... on VolunteerApplication {
        status
        round {
          id
          title
        }
        ...InterviewBookingSection_application
      }
    }
  }
`;

/** The interview of one of the applicant's applications, on a page of its own. */
export function ApplicationInterviewPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(ApplicationInterviewPageDocument, { variables: { id } });
  const application = data?.node?.__typename === 'VolunteerApplication' ? data.node : null;

  return (
    <Stack maw={760}>
      <Anchor component={Link} to="/volunteering" size="sm">
        {t('interviews.page.back')}
      </Anchor>
      <PageHeader title={t('interviews.page.title')} lead={application?.round.title} />
      {error && !data ? (
        <QueryError onRetry={() => void refetch()} />
      ) : !data ? (
        <Stack gap="sm" aria-busy>
          <Skeleton height={28} width="50%" />
          <Skeleton height={160} radius="md" />
        </Stack>
      ) : !application ? (
        <EmptyMessage title={t('interviews.page.notFound')} />
      ) : application.status === 'INTERVIEW_INVITED' || application.status === 'INTERVIEW_SCHEDULED' ? (
        <InterviewBookingSection application={application} />
      ) : (
        <EmptyMessage title={t('interviews.page.nothingToBook')}>{t('interviews.page.nothingToBookHelp')}</EmptyMessage>
      )}
    </Stack>
  );
}
