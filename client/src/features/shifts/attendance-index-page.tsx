import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AttendanceIndexPageDocument, LiftShiftPauseDocument } from '../../generated/graphql';
import { useFormatters } from '../../i18n/format';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { formatSessionTime } from '../trainings/istanbul-time';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query AttendanceIndexPage {
    shiftsForAttendance {
      id
      startsAt
      endsAt
      capacity
      opportunity {
        id
        title
      }
    }
    pausedShiftVolunteers {
      noShows
      pausedAt
      volunteer {
        id
        fullName
      }
    }
  }

  mutation LiftShiftPause($input: LiftShiftPauseInput!) {
    liftShiftPause(input: $input) {
      __typename
      ... on MutationLiftShiftPauseSuccess {
        data {
          noShows
          pausedAt
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

/** Coordinators: recent and coming shifts to take attendance for, and people paused for no-shows. */
export function AttendanceIndexPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const format = useFormatters();
  const { data, error, refetch } = useQuery(AttendanceIndexPageDocument);
  const [lift, { loading: lifting }] = useMutation(LiftShiftPauseDocument, { refetchQueries: ['AttendanceIndexPage'] });
  const [message, setMessage] = useState<string | null>(null);

  async function onLift(userId: string, name: string) {
    try {
      const result = (await lift({ variables: { input: { userId } } })).data?.liftShiftPause;
      setMessage(result?.__typename === 'MutationLiftShiftPauseSuccess' ? t('shifts.attendance.index.lifted', { name }) : result && 'message' in result ? result.message : null);
    } catch {
      setMessage(t('common.networkError'));
    }
  }

  return (
    <Stack>
      <PageHeader title={t('shifts.attendance.index.title')} lead={t('shifts.attendance.index.lead')} />
      {error && !data ? (
        <QueryError onRetry={() => void refetch()} />
      ) : !data ? (
        <Stack gap="xs">
          {Array.from({ length: 4 }, (_, index) => (
            <Skeleton key={index} height={40} />
          ))}
        </Stack>
      ) : (
        <>
          {data.shiftsForAttendance.length === 0 ? (
            <EmptyMessage title={t('shifts.attendance.index.empty')} />
          ) : (
            <Table.ScrollContainer minWidth={520}>
              <Table striped aria-label={t('shifts.attendance.index.tableLabel')}>
                <Table.Tbody>
                  {data.shiftsForAttendance.map((shift) => (
                    <Table.Tr key={shift.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/coordination/shifts/${encodeURIComponent(shift.id)}/attendance`}>
                          {shift.opportunity.title}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{formatSessionTime(shift.startsAt, shift.endsAt, language)}</Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" component="section" aria-labelledby="paused-heading">
            <Title order={2} size="h3" id="paused-heading" mb="sm">
              {t('shifts.attendance.index.paused')}
            </Title>
            {message ? (
              <Alert color="blue" role="status" mb="sm">
                {message}
              </Alert>
            ) : null}
            {data.pausedShiftVolunteers.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('shifts.attendance.index.nobodyPaused')}
              </Text>
            ) : (
              <Table>
                <Table.Tbody>
                  {data.pausedShiftVolunteers.map((standing) => (
                    <Table.Tr key={standing.volunteer.id}>
                      <Table.Th scope="row">{standing.volunteer.fullName}</Table.Th>
                      <Table.Td>{t('shifts.attendance.index.noShows', { count: standing.noShows })}</Table.Td>
                      <Table.Td>{standing.pausedAt ? format.dateTime(standing.pausedAt) : ''}</Table.Td>
                      <Table.Td>
                        <Button size="xs" variant="light" loading={lifting} onClick={() => void onLift(standing.volunteer.id, standing.volunteer.fullName)}>
                          {t('shifts.attendance.index.lift')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Paper>
        </>
      )}
    </Stack>
  );
}
