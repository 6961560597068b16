import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CouncilFacilitationPageDocument } from '../../generated/graphql';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query CouncilFacilitationPage {
    councilFacilitation {
      id
      name
      description
      memberCount
      term {
        id
        name
      }
    }
  }
`;

/** "Komitelerim": the committees the viewer runs (all for council coordinators). */
export function CouncilFacilitationPage() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(CouncilFacilitationPageDocument);
  const committees = data?.councilFacilitation;
  return (
    <Stack>
      <PageHeader title={t('council.members.facilitationTitle')} lead={t('council.members.facilitationLead')} />
      {error && !committees ? (
        <QueryError onRetry={() => void refetch()} />
      ) : !committees ? (
        <Skeleton height={200} />
      ) : committees.length === 0 ? (
        <EmptyMessage title={t('council.members.facilitationEmpty')} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {committees.map((committee) => (
            <Card key={committee.id} withBorder radius="md" component="article" aria-labelledby={`committee-${committee.id}`}>
              <Stack gap="xs">
                <Group justify="space-between">
                  <Title order={2} size="h4" id={`committee-${committee.id}`}>
                    <Anchor component={Link} to={`/council/committees/${encodeURIComponent(committee.id)}`}>
                      {committee.name}
                    </Anchor>
                  </Title>
                  <Badge variant="light">{committee.term.name}</Badge>
                </Group>
                <Text size="sm" c="dimmed">
                  {committee.description}
                </Text>
                <Text size="sm">{t('council.members.memberCount', { count: committee.memberCount })}</Text>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
