import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Select, Skeleton, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  CoordinationRoundsPageDocument,
  SetRecruitmentRoundStatusDocument,
  type CoordinationRoundsPageQuery,
  type RoundStatus,
} from '../../../generated/graphql';
import { useFormatters } from '../../../i18n/format';
import { isErrorResult } from '../../../shared/form';
import { EmptyMessage, PageHeader, QueryError } from '../../../shared/page';
import { hasRole, useViewer } from '../../shell/viewer';
import { ROUND_STATUSES } from '../labels';
import { RoundStatusBadge } from '../status-badges';
import { RoundFormDialog } from './round-form-dialog';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query CoordinationRoundsPage {
    recruitmentRounds(first: 100) {
      edges {
        node {
          id
          slug
          title
          status
          opensAt
          closesAt
          seatsSought
          isOpenForApplications
          applicationCount
          ...RoundFormDialog_round
        }
      }
    }
    volunteerAreas {
      id
      name
    }
  }

  mutation SetRecruitmentRoundStatus($input: SetRecruitmentRoundStatusInput!) {
    setRecruitmentRoundStatus(input: $input) {
      __typename
      ... on MutationSetRecruitmentRoundStatusSuccess {
        data {
          id
          status
          isOpenForApplications
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

type Round = NonNullable<CoordinationRoundsPageQuery['recruitmentRounds']['edges'][number]>['node'];
/** null: the dialog is closed; { round: null }: a new round. */
type EditState = { round: Round | null } | null;

export function RoundsAdminPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { viewer } = useViewer();
  const { data, error, refetch } = useQuery(CoordinationRoundsPageDocument);
  const [setStatus] = useMutation(SetRecruitmentRoundStatusDocument);
  const [editing, setEditing] = useState<EditState>(null);
  const rounds = (data?.recruitmentRounds.edges ?? []).flatMap((edge) => (edge ? [edge.node] : []));

  const changeStatus = async (roundId: string, title: string, status: RoundStatus) => {
    try {
      const { data: answer } = await setStatus({ variables: { input: { roundId, status } } });
      const result = answer?.setRecruitmentRoundStatus;
      if (result && isErrorResult(result)) {
        notifications.show({ color: 'red', title: t('common.errorTitle'), message: result.message });
        return;
      }
      notifications.show({ color: 'green', message: t('volunteering.coordination.rounds.statusChanged', { round: title, status: t(`volunteering.roundStatus.${status}`) }) });
    } catch {
      notifications.show({ color: 'red', message: t('common.networkError') });
    }
  };

  return (
    <Stack>
      <PageHeader
        title={t('volunteering.coordination.rounds.title')}
        lead={t('volunteering.coordination.rounds.lead')}
        actions={<Button onClick={() => setEditing({ round: null })}>{t('volunteering.coordination.rounds.create')}</Button>}
      />
      {error && !data ? (
        <QueryError onRetry={() => void refetch()} />
      ) : !data ? (
        <Stack aria-busy>
          {Array.from({ length: 4 }, (_, index) => (
            <Skeleton key={index} height={44} />
          ))}
        </Stack>
      ) : rounds.length === 0 ? (
        <EmptyMessage title={t('volunteering.coordination.rounds.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={880}>
          <Table striped highlightOnHover aria-label={t('volunteering.coordination.rounds.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('volunteering.coordination.rounds.round')}</Table.Th>
                <Table.Th>{t('volunteering.coordination.rounds.dates')}</Table.Th>
                <Table.Th>{t('volunteering.coordination.rounds.applications')}</Table.Th>
                <Table.Th>{t('volunteering.coordination.rounds.status')}</Table.Th>
                <Table.Th>{t('volunteering.coordination.rounds.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rounds.map((round) => (
                <Table.Tr key={round.id}>
                  <Table.Td>
                    <Stack gap={2}>
                      <Anchor component={Link} to={`/volunteering/rounds/${round.slug}`} fw={500}>
                        {round.title}
                      </Anchor>
                      <RoundStatusBadge status={round.status} open={round.isOpenForApplications} />
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{format.dateTime(round.opensAt)}</Text>
                    <Text size="sm" c="dimmed">
                      {format.dateTime(round.closesAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {t('volunteering.coordination.rounds.applicationsOfSeats', { count: round.applicationCount, seats: round.seatsSought })}
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={t('volunteering.coordination.rounds.statusFor', { round: round.title })}
                      data={ROUND_STATUSES.map((status) => ({ value: status, label: t(`volunteering.roundStatus.${status}`) }))}
                      value={round.status}
                      onChange={(value) => {
                        const status = ROUND_STATUSES.find((candidate) => candidate === value);
                        if (status && status !== round.status) void changeStatus(round.id, round.title, status);
                      }}
                      allowDeselect={false}
                      w={180}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button component={Link} to={`/coordination/rounds/${round.id}/board`} size="xs">
                        {t('volunteering.coordination.rounds.board')}
                      </Button>
                      {/* The interviews and trainings pages of the round belong to coordinators. */}
                      {hasRole(viewer, 'COORDINATOR') ? (
                        <>
                          <Button component={Link} to={`/coordination/rounds/${round.id}/interviews`} size="xs" variant="light">
                            {t('volunteering.coordination.rounds.interviews')}
                          </Button>
                          <Button component={Link} to={`/coordination/rounds/${round.id}/trainings`} size="xs" variant="light">
                            {t('volunteering.coordination.rounds.trainings')}
                          </Button>
                        </>
                      ) : null}
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setEditing({ round })}
                        aria-label={t('volunteering.coordination.rounds.editFor', { round: round.title })}
                      >
                        {t('volunteering.coordination.rounds.edit')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <RoundFormDialog
        opened={editing !== null}
        round={editing?.round ?? null}
        areas={data?.volunteerAreas ?? []}
        onClose={() => setEditing(null)}
        onCreated={() => void refetch()}
      />
    </Stack>
  );
}
