import { useQuery } from '@apollo/client/react';
import { Button, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LandingPageDocument, type ProgrammeKind } from '../../generated/first-page-graphql';
import { EmptyMessage, QueryError, usePageTitle } from '../../shared/page';
import { useViewer } from '../shell/viewer';
import { ProgrammeCard } from './programme-card';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query LandingPage {
    programmes {
      id
      kind
      ...ProgrammeCard_programme
    }
  }
`;

const ORDER: ProgrammeKind[] = ['VOLUNTEERING', 'CHILDRENS_COUNCIL', 'FORUMS', 'LEISURE_TRIPS'];

function Hero() {
  const { t } = useTranslation();
  const { viewer, loading } = useViewer();
  return (
    <Paper radius="md" p={{ base: 'lg', sm: 'xl' }} bg="blue.8" c="white">
      <Stack gap="md" maw={680}>
        <Title order={1} c="white">
          {t('landing.title')}
        </Title>
        <Text size="lg">{t('landing.lead')}</Text>
        {loading ? null : viewer ? (
          <Group>
            <Button component={Link} to="/profile" variant="white" size="md">
              {t('landing.goToProfile')}
            </Button>
          </Group>
        ) : (
          <Group>
            <Button component={Link} to="/register" variant="white" size="md">
              {t('landing.register')}
            </Button>
            <Button component={Link} to="/login" variant="outline" color="white" size="md">
              {t('landing.logIn')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

export function LandingPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.home'));
  // Names and summaries come in the request's language: refetch when it changes.
  const { data, error, refetch } = useQuery(LandingPageDocument, {
    fetchPolicy: 'cache-and-network',
  });

  const programmes = [...(data?.programmes ?? [])].sort(
    (a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind),
  );

  return (
    <Stack gap="xl">
      <Hero />
      <Stack gap="md" component="section" aria-labelledby="programmes-heading">
        <Title order={2} id="programmes-heading">
          {t('landing.programmes')}
        </Title>
        {error && !data ? (
          <QueryError onRetry={() => void refetch()} />
        ) : !data ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {ORDER.map((kind) => (
              <Skeleton key={kind} height={200} radius="md" />
            ))}
          </SimpleGrid>
        ) : programmes.length === 0 ? (
          <EmptyMessage title={t('landing.programmesEmpty')} />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {programmes.map((programme) => (
              <ProgrammeCard key={programme.id} programme={programme} />
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Stack>
  );
}
