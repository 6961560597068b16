import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Code, List, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ForumSelectionPreviewDocument } from '../../generated/graphql';
import { QueryError } from '../../shared/page';
import { formatPercent, type QuestionLabels } from './selection-format';
import type { QuotaChange } from './selection-quotas';

// Its own query, not the page's: the preview is solved on each request (seconds for a large pool),
// is asked again after every save of the quotas, and is not needed once the selection is committed.
const _graphql = /* GraphQL */ `
  query ForumSelectionPreview($sessionId: ID!) {
    forumSelectionPreview(sessionId: $sessionId) {
      __typename
      ... on QueryForumSelectionPreviewSuccess {
        data {
          feasible
          minimumProbability
          distributionHash
          probabilities {
            applicationId
            probability
          }
          conflicts
          relaxation {
            questionKey
            value
            minFrom
            minTo
            maxFrom
            maxTo
          }
          relaxationTotal
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

/**
 * Every applicant's chance of selection under the saved quotas; or, when no panel meets them, the
 * server's reasons and the smallest relaxation, which the coordinator can copy into the editor.
 */
export function SelectionProbabilities({
  sessionId,
  labels,
  names,
  onApplyRelaxation,
}: {
  sessionId: string;
  labels: QuestionLabels;
  /** Applicant names by application id, as far as the page has loaded them. */
  names: ReadonlyMap<string, string>;
  onApplyRelaxation: (changes: ReadonlyArray<QuotaChange>) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { data, error, refetch, loading } = useQuery(ForumSelectionPreviewDocument, { variables: { sessionId }, notifyOnNetworkStatusChange: true });
  const answer = data?.forumSelectionPreview;

  let body;
  if (error && !data) body = <QueryError onRetry={() => void refetch()} />;
  else if (!answer || (loading && !data)) body = <Skeleton height={160} aria-label={t('forums.selection.probabilities.computing')} />;
  else if (answer.__typename !== 'QueryForumSelectionPreviewSuccess') body = <Alert color="red">{'message' in answer ? answer.message : ''}</Alert>;
  else if (!answer.data.feasible) {
    const { conflicts, relaxation, relaxationTotal } = answer.data;
    body = (
      <Stack gap="sm">
        <Alert color="orange" title={t('forums.selection.probabilities.infeasible')}>
          <List size="sm" spacing={4}>
            {conflicts.map((conflict) => (
              <List.Item key={conflict}>{conflict}</List.Item>
            ))}
          </List>
        </Alert>
        {relaxation && relaxation.length > 0 ? (
          <section aria-labelledby="selection-relaxation">
            <Title order={3} size="h5" id="selection-relaxation" mb={4}>
              {t('forums.selection.probabilities.relaxation')}
            </Title>
            <Text size="sm" c="dimmed" mb="xs">
              {t('forums.selection.probabilities.relaxationLead', { count: relaxationTotal ?? 0 })}
            </Text>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('forums.selection.probabilities.quota')}</Table.Th>
                  <Table.Th scope="col">{t('forums.selection.quotas.min')}</Table.Th>
                  <Table.Th scope="col">{t('forums.selection.quotas.max')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {relaxation.map((change) => (
                  <Table.Tr key={`${change.questionKey}:${change.value}`}>
                    <Table.Th scope="row" fw={400}>
                      {labels.question(change.questionKey)}: {labels.option(change.questionKey, change.value)}
                    </Table.Th>
                    <Table.Td>{change.minTo == null ? '—' : t('forums.selection.probabilities.fromTo', { from: change.minFrom ?? 0, to: change.minTo })}</Table.Td>
                    <Table.Td>{change.maxTo == null ? '—' : t('forums.selection.probabilities.fromTo', { from: change.maxFrom ?? 0, to: change.maxTo })}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Button mt="sm" variant="light" onClick={() => onApplyRelaxation(relaxation)}>
              {t('forums.selection.probabilities.apply')}
            </Button>
          </section>
        ) : (
          <Text size="sm">{t('forums.selection.probabilities.noRelaxation')}</Text>
        )}
      </Stack>
    );
  } else {
    const { minimumProbability, probabilities, distributionHash } = answer.data;
    const rows = probabilities
      .map((row) => ({ ...row, name: names.get(row.applicationId) ?? null }))
      .sort((a, b) => a.probability - b.probability || (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff', language));
    body = (
      <Stack gap="sm">
        <div>
          <Text size="sm" c="dimmed" id="selection-minimum">
            {t('forums.selection.probabilities.minimum')}
          </Text>
          <Text fz={40} fw={700} lh={1.1} aria-describedby="selection-minimum" data-testid="minimum-probability">
            {minimumProbability == null ? '—' : formatPercent(minimumProbability, language)}
          </Text>
          <Text size="sm" c="dimmed">
            {t('forums.selection.probabilities.minimumHelp')}
          </Text>
        </div>
        {rows.length === 0 ? (
          <Text size="sm">{t('forums.selection.probabilities.noApplicants')}</Text>
        ) : (
          <div style={{ maxHeight: 420, overflow: 'auto' }} tabIndex={0} role="region" aria-label={t('forums.selection.probabilities.table')}>
            <Table striped stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('forums.selection.applicants.name')}</Table.Th>
                  <Table.Th scope="col" ta="end">
                    {t('forums.selection.probabilities.chance')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.applicationId}>
                    <Table.Th scope="row" fw={400}>
                      {row.name ?? (
                        <Text span c="dimmed" size="sm">
                          {t('forums.selection.notLoaded')}
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td ta="end">{formatPercent(row.probability, language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
        {distributionHash ? (
          <Text size="sm">
            {t('forums.selection.probabilities.hash')} <Code style={{ wordBreak: 'break-all' }}>{distributionHash}</Code>
          </Text>
        ) : null}
      </Stack>
    );
  }

  return (
    <Card withBorder radius="md" component="section" aria-labelledby="selection-probabilities" aria-busy={loading}>
      <Title order={2} size="h4" id="selection-probabilities" mb="xs">
        {t('forums.selection.probabilities.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('forums.selection.probabilities.lead')}
      </Text>
      {body}
    </Card>
  );
}
