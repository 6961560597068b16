import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApplyPageDocument } from '../../generated/graphql';
import { PageHeader, QueryError } from '../../shared/page';
import { NotFoundPage } from '../shell/status-pages';
import { ApplicationForm } from './application-form';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query ApplyPage($slug: String!) {
    recruitmentRound(slug: $slug) {
      id
      slug
      title
      isOpenForApplications
      myApplication {
        id
        status
        ...ApplicationForm_application
      }
      ...ApplicationForm_round
    }
    districts {
      id
      ...DistrictSelect_district
    }
    consentText(purpose: VOLUNTEER_APPLICATION) {
      id
      version
      body
    }
    me {
      id
      district {
        id
      }
    }
  }
`;

export function ApplyPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { data, error, refetch } = useQuery(ApplyPageDocument, { variables: { slug } });

  if (error && !data) return <QueryError onRetry={() => void refetch()} />;
  if (!data) {
    return (
      <Stack maw={880} aria-busy>
        <Skeleton height={40} width="60%" />
        <Skeleton height={420} radius="md" />
      </Stack>
    );
  }
  const round = data.recruitmentRound;
  if (!round) return <NotFoundPage />;
  const application = round.myApplication;
  const back = (
    <Anchor component={Link} to={`/volunteering/rounds/${round.slug}`}>
      {t('volunteering.apply.backToCall')}
    </Anchor>
  );

  return (
    <Stack maw={880}>
      <PageHeader title={t('volunteering.apply.title', { round: round.title })} lead={t('volunteering.apply.lead')} />
      {application && application.status !== 'DRAFT' ? (
        <Alert color="blue" title={t('volunteering.apply.alreadyTitle')}>
          <Stack gap="sm" align="flex-start">
            {t('volunteering.apply.alreadyBody')}
            <Button component={Link} to="/volunteering/my-applications" variant="white" size="xs">
              {t('volunteering.nav.myApplications')}
            </Button>
          </Stack>
        </Alert>
      ) : !round.isOpenForApplications ? (
        <Alert color="gray" title={t('volunteering.round.closedTitle')}>
          <Stack gap="xs" align="flex-start">
            {t('volunteering.round.closedBody')}
            {back}
          </Stack>
        </Alert>
      ) : (
        <>
          {back}
          <ApplicationForm
            round={round}
            draft={application ?? null}
            districts={data.districts}
            consent={data.consentText}
            defaultDistrictId={data.me?.district ? String(data.me.district.id) : null}
          />
        </>
      )}
    </Stack>
  );
}
