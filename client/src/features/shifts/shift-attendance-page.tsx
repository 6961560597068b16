import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Checkbox, Group, Image, NumberInput, Paper, SegmentedControl, SimpleGrid, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApproveShiftHoursDocument, RecordShiftAttendanceDocument, ShiftAttendancePageDocument, type ShiftAttendance } from '../../generated/graphql';
import { EmptyMessage, FormErrorAlert, PageHeader, QueryError } from '../../shared/page';
import { formatSessionTime } from '../trainings/istanbul-time';
import { formatHours } from './hours-format';
import { TIME_ZONE } from '@katilim/schema/istanbul-day';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query ShiftAttendancePage($id: ID!) {
    node(id: $id) {
      id
      ... on Shift {
        startsAt
        endsAt
        capacity
        checkInQr
        checkInUrl
        opportunity {
          id
          title
        }
        attendanceRoster {
          id
          checkedInAt
          checkedOutAt
          attendance
          minutes
          hoursApprovedAt
          volunteer {
            id
            fullName
          }
          volunteerStanding {
            noShows
            pausedAt
          }
        }
      }
    }
  }

  mutation RecordShiftAttendance($input: RecordShiftAttendanceInput!) {
    recordShiftAttendance(input: $input) {
      __typename
      ... on MutationRecordShiftAttendanceSuccess {
        data {
          id
          attendance
          minutes
        }
      }
      ... on Error {
        message
      }
      ... on InputValidationError {
        issues {
          path
          message
        }
      }
    }
  }

  mutation ApproveShiftHours($input: ApproveShiftHoursInput!) {
    approveShiftHours(input: $input) {
      __typename
      ... on MutationApproveShiftHoursSuccess {
        data {
          id
          hoursApprovedAt
        }
      }
      ... on Error {
        message
      }
      ... on InputValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`;

type Draft = { attendance: ShiftAttendance | null; minutes: number | string };
const timeOf = (iso: string | null | undefined, language: string) =>
  iso ? new Date(iso).toLocaleTimeString(language === 'en' ? 'en-GB' : 'tr-TR', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' }) : '—';

/** A coordinator's attendance sheet for one shift: the check-in QR code, present / no-show / excused, minutes, approval. */
export function ShiftAttendancePage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(ShiftAttendancePageDocument, { variables: { id } });
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [record, { loading: saving }] = useMutation(RecordShiftAttendanceDocument, { refetchQueries: ['ShiftAttendancePage'] });
  const [approve, { loading: approving }] = useMutation(ApproveShiftHoursDocument, { refetchQueries: ['ShiftAttendancePage'] });

  const shift = data?.node?.__typename === 'Shift' ? data.node : null;

  if (error && !data) return <QueryError onRetry={() => void refetch()} />;
  if (!data)
    return (
      <Stack>
        <Skeleton height={40} />
        <Skeleton height={200} />
      </Stack>
    );
  if (!shift) return <EmptyMessage title={t('shifts.attendance.sheet.notFound')} />;

  const roster = shift.attendanceRoster;
  const draftOf = (signup: (typeof roster)[number]): Draft => drafts[signup.id] ?? { attendance: signup.attendance ?? null, minutes: signup.minutes ?? '' };
  const changed = roster.filter((signup) => {
    const draft = drafts[signup.id];
    return draft && draft.attendance && (draft.attendance !== signup.attendance || String(draft.minutes) !== String(signup.minutes ?? ''));
  });
  const approvable = roster.filter((signup) => signup.attendance === 'PRESENT' && !signup.hoursApprovedAt);

  async function onSave() {
    setMessage(null);
    try {
      const result = (
        await record({
          variables: {
            input: {
              shiftId: shift!.id,
              entries: changed.map((signup) => {
                const draft = draftOf(signup);
                return { signupId: signup.id, attendance: draft.attendance!, minutes: draft.attendance === 'PRESENT' && draft.minutes !== '' ? Number(draft.minutes) : null };
              }),
            },
          },
        })
      ).data?.recordShiftAttendance;
      if (result?.__typename === 'MutationRecordShiftAttendanceSuccess') {
        setDrafts({});
        setMessage({ ok: true, text: t('shifts.attendance.sheet.saved', { count: result.data.length }) });
      } else if (result && 'message' in result) setMessage({ ok: false, text: result.message });
    } catch {
      setMessage({ ok: false, text: t('common.networkError') });
    }
  }

  async function onApprove() {
    setMessage(null);
    try {
      const result = (await approve({ variables: { input: { signupIds: [...selected] } } })).data?.approveShiftHours;
      if (result?.__typename === 'MutationApproveShiftHoursSuccess') {
        setSelected(new Set());
        setMessage({ ok: true, text: t('shifts.attendance.sheet.approved', { count: result.data.length }) });
      } else if (result && 'message' in result) setMessage({ ok: false, text: result.message });
    } catch {
      setMessage({ ok: false, text: t('common.networkError') });
    }
  }

  return (
    <Stack>
      <Anchor component={Link} to="/coordination/shift-attendance" size="sm">
        {t('shifts.attendance.sheet.back')}
      </Anchor>
      <PageHeader title={t('shifts.attendance.sheet.title', { title: shift.opportunity.title })} lead={formatSessionTime(shift.startsAt, shift.endsAt, language)} />
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="qr-heading">
          <Title order={2} size="h4" id="qr-heading" mb="xs">
            {t('shifts.attendance.sheet.qrTitle')}
          </Title>
          <Image src={shift.checkInQr} alt={t('shifts.attendance.sheet.qrAlt', { title: shift.opportunity.title })} maw={220} />
          <Text size="xs" c="dimmed" mt="xs">
            {t('shifts.attendance.sheet.qrHelp')}
          </Text>
        </Paper>
        <Stack style={{ gridColumn: 'span 2' }}>
          {message ? (
            message.ok ? (
              <Alert color="green" role="status">
                {message.text}
              </Alert>
            ) : (
              <FormErrorAlert message={message.text} />
            )
          ) : null}
          {roster.length === 0 ? (
            <EmptyMessage title={t('shifts.attendance.sheet.empty')} />
          ) : (
            // Focusable, so the table can be scrolled by keyboard when every row is approved (nothing else to focus).
            <Table.ScrollContainer minWidth={720} scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'region', 'aria-label': t('shifts.attendance.sheet.tableLabel') } }}>
              <Table striped>
                <VisuallyHidden component="caption">{t('shifts.attendance.sheet.tableLabel')}</VisuallyHidden>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('shifts.attendance.sheet.select')}</VisuallyHidden>
                    </Table.Th>
                    <Table.Th scope="col">{t('shifts.attendance.sheet.volunteer')}</Table.Th>
                    <Table.Th scope="col">{t('shifts.attendance.sheet.inOut')}</Table.Th>
                    <Table.Th scope="col">{t('shifts.attendance.sheet.attendance')}</Table.Th>
                    <Table.Th scope="col">{t('shifts.attendance.sheet.minutes')}</Table.Th>
                    <Table.Th scope="col">{t('shifts.attendance.sheet.hours')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {roster.map((signup) => {
                    const draft = draftOf(signup);
                    const approved = Boolean(signup.hoursApprovedAt);
                    const name = signup.volunteer.fullName;
                    return (
                      <Table.Tr key={signup.id}>
                        <Table.Td>
                          <Checkbox
                            aria-label={t('shifts.attendance.sheet.selectOne', { name })}
                            disabled={approved || signup.attendance !== 'PRESENT'}
                            checked={selected.has(signup.id)}
                            onChange={(event) => {
                              const next = new Set(selected);
                              if (event.currentTarget.checked) next.add(signup.id);
                              else next.delete(signup.id);
                              setSelected(next);
                            }}
                          />
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {name}
                          </Text>
                          {signup.volunteerStanding?.pausedAt ? (
                            <Badge size="xs" color="red" variant="light">
                              {t('shifts.attendance.sheet.paused')}
                            </Badge>
                          ) : null}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">
                            {timeOf(signup.checkedInAt, language)} – {timeOf(signup.checkedOutAt, language)}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <SegmentedControl
                            size="xs"
                            disabled={approved}
                            aria-label={t('shifts.attendance.sheet.attendanceOf', { name })}
                            value={draft.attendance ?? ''}
                            onChange={(value) => setDrafts({ ...drafts, [signup.id]: { ...draft, attendance: value as ShiftAttendance } })}
                            data={[
                              { value: 'PRESENT', label: t('shifts.attendance.value.PRESENT') },
                              { value: 'NO_SHOW', label: t('shifts.attendance.value.NO_SHOW') },
                              { value: 'EXCUSED', label: t('shifts.attendance.value.EXCUSED') },
                            ]}
                          />
                        </Table.Td>
                        <Table.Td>
                          <NumberInput
                            size="xs"
                            w={90}
                            min={0}
                            max={1440}
                            allowDecimal={false}
                            disabled={approved || draft.attendance !== 'PRESENT'}
                            aria-label={t('shifts.attendance.sheet.minutesOf', { name })}
                            value={draft.minutes}
                            onChange={(value) => setDrafts({ ...drafts, [signup.id]: { ...draft, minutes: value } })}
                          />
                        </Table.Td>
                        <Table.Td>
                          {approved ? (
                            <Badge color="green" variant="light">
                              {t('shifts.attendance.sheet.approvedBadge', { hours: formatHours(signup.minutes ?? 0, language) })}
                            </Badge>
                          ) : (
                            <Text size="sm" c="dimmed">
                              {signup.minutes === null || signup.minutes === undefined ? '—' : formatHours(signup.minutes, language)}
                            </Text>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Group>
            <Button onClick={() => void onSave()} loading={saving} disabled={changed.length === 0}>
              {t('shifts.attendance.sheet.save', { count: changed.length })}
            </Button>
            <Button variant="light" color="green" onClick={() => void onApprove()} loading={approving} disabled={selected.size === 0}>
              {t('shifts.attendance.sheet.approve', { count: selected.size })}
            </Button>
            {approvable.length > 0 ? (
              <Button variant="subtle" onClick={() => setSelected(new Set(approvable.map((signup) => signup.id)))}>
                {t('shifts.attendance.sheet.selectAll', { count: approvable.length })}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
