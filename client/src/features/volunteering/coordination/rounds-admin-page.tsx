import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Select, Stack, Text } from '@mantine/core';
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
import { PageHeader } from '../../../shared/page';
import { PagedTable } from '../../../shared/paged-table';
import { hasRole, useViewer } from '../../shell/viewer';
import { ROUND_STATUSES } from '../labels';
import { RoundStatusBadge } from '../status-badges';
import { RoundFormDialog } from './round-form-dialog';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query CoordinationRoundsPage($first: Int!, $after: String) {
    recruitmentRounds(first: $first, after: $after) {
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
      pageInfo {
        hasNextPage
        endCursor
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
const PAGE_SIZE = 50;

/** null: the dialog is closed; { round: null }: a new round. */
type EditState = { round: Round | null } | null;

export function RoundsAdminPage() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { viewer } = useViewer();
  const { data, error, refetch, fetchMore } = useQuery(CoordinationRoundsPageDocument, { variables: { first: PAGE_SIZE } });
  const [setStatus] = useMutation(SetRecruitmentRoundStatusDocument);
  const [editing, setEditing] = useState<EditState>(null);

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
      <PagedTable
        caption={t('volunteering.coordination.rounds.tableLabel')}
        connection={data?.recruitmentRounds}
        error={error}
        refetch={refetch}
        onLoadMore={(after) => fetchMore({ variables: { after } })}
        empty={{ title: t('volunteering.coordination.rounds.empty') }}
        minWidth={880}
        striped
        highlightOnHover
        columns={[
          {
            key: 'round',
            header: t('volunteering.coordination.rounds.round'),
            cell: (round) => (
              <Stack gap={2}>
                <Anchor component={Link} to={`/volunteering/rounds/${round.slug}`} fw={500}>
                  {round.title}
                </Anchor>
                <RoundStatusBadge status={round.status} open={round.isOpenForApplications} />
              </Stack>
            ),
          },
          {
            key: 'dates',
            header: t('volunteering.coordination.rounds.dates'),
            cell: (round) => (
              <>
                <Text size="sm">{format.dateTime(round.opensAt)}</Text>
                <Text size="sm" c="dimmed">
                  {format.dateTime(round.closesAt)}
                </Text>
              </>
            ),
          },
          {
            key: 'applications',
            header: t('volunteering.coordination.rounds.applications'),
            cell: (round) => t('volunteering.coordination.rounds.applicationsOfSeats', { count: round.applicationCount, seats: round.seatsSought }),
          },
          {
            key: 'status',
            header: t('volunteering.coordination.rounds.status'),
            cell: (round) => (
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
            ),
          },
          {
            key: 'actions',
            header: t('volunteering.coordination.rounds.actions'),
            cell: (round) => (
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
            ),
          },
        ]}
      />
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
