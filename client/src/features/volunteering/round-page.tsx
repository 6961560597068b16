import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Group, List, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RoundCallPageDocument } from '../../generated/graphql';
import { useFormatters } from '../../i18n/format';
import { PageHeader, QueryError } from '../../shared/page';
import { NotFoundPage } from '../shell/status-pages';
import { useViewer } from '../shell/viewer';
import { ApplicationStatusBadge, RoundStatusBadge } from './status-badges';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query RoundCallPage($slug: String!) {
    recruitmentRound(slug: $slug) {
      id
      slug
      title
      description
      trainingInfo
      status
      opensAt
      closesAt
      seatsSought
      isOpenForApplications
      areas {
        id
        name
      }
      myApplication {
        id
        status
      }
    }
  }
`;

export function RoundPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { viewer } = useViewer();
  const format = useFormatters();
  const { data, error, refetch } = useQuery(RoundCallPageDocument, { variables: { slug } });

  if (error && !data) return <QueryError onRetry={() => void refetch()} />;
  if (!data) {
    return (
      <Stack maw={880} aria-busy>
        <Skeleton height={40} width="60%" />
        <Skeleton height={200} radius="md" />
      </Stack>
    );
  }
  const round = data.recruitmentRound;
  if (!round) return <NotFoundPage />;
  const application = round.myApplication;
  const applyPath = `/volunteering/rounds/${round.slug}/apply`;

  const action = application ? (
    application.status === 'DRAFT' && round.isOpenForApplications ? (
      <Button component={Link} to={applyPath}>
        {t('volunteering.round.continueDraft')}
      </Button>
    ) : (
      <Group gap="sm">
        <ApplicationStatusBadge status={application.status} />
        <Button component={Link} to="/volunteering/my-applications" variant="light">
          {t('volunteering.round.seeMyApplication')}
        </Button>
      </Group>
    )
  ) : !round.isOpenForApplications ? null : viewer ? (
    <Button component={Link} to={applyPath} size="md">
      {t('volunteering.round.apply')}
    </Button>
  ) : (
    <Button component={Link} to={`/login?next=${encodeURIComponent(applyPath)}`} size="md" variant="light">
      {t('volunteering.round.logInToApply')}
    </Button>
  );

  return (
    <Stack maw={880} gap="lg">
      <PageHeader title={round.title} actions={<RoundStatusBadge status={round.status} open={round.isOpenForApplications} />} />
      {!round.isOpenForApplications && !application ? (
        <Alert color="gray" title={t('volunteering.round.closedTitle')}>
          {t('volunteering.round.closedBody')}
        </Alert>
      ) : null}
      <Text style={{ whiteSpace: 'pre-wrap' }}>{round.description}</Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Fact label={t('volunteering.round.opens')} value={format.dateTime(round.opensAt)} />
        <Fact label={t('volunteering.round.closes')} value={format.dateTime(round.closesAt)} />
        <Fact label={t('volunteering.round.seats')} value={t('volunteering.round.seatsValue', { count: round.seatsSought })} />
      </SimpleGrid>
      <Stack gap="xs" component="section" aria-labelledby="round-areas">
        <Title order={2} size="h3" id="round-areas">
          {t('volunteering.round.areas')}
        </Title>
        <Group gap="xs">
          {round.areas.map((area) => (
            <Badge key={area.id} variant="outline" size="lg" tt="none">
              {area.name}
            </Badge>
          ))}
        </Group>
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="round-training">
        <Title order={2} size="h3" id="round-training">
          {t('volunteering.round.training')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{round.trainingInfo}</Text>
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="round-steps">
        <Title order={2} size="h3" id="round-steps">
          {t('volunteering.round.stepsTitle')}
        </Title>
        <List type="ordered" spacing={4}>
          {(['apply', 'screening', 'interview', 'training', 'active'] as const).map((step) => (
            <List.Item key={step}>{t(`volunteering.round.steps.${step}`)}</List.Item>
          ))}
        </List>
      </Stack>
      {action ? <Group>{action}</Group> : null}
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Card withBorder padding="sm" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text fw={500}>{value}</Text>
    </Card>
  );
}
