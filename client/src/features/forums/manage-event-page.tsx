import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ManageEventPageDocument, SetForumEventStatusDocument, type ForumEventStatus } from '../../generated/graphql';
import { useConfirm } from '../../shared/confirm';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { ScrollTable } from '../trips/scroll-table';
import { ManageEventFormDialog } from './manage-event-form-dialog';
import { ManageFacilitatorsDialog } from './manage-facilitators-dialog';
import { forumRefusal } from './manage-format';
import { formatForumDateTime } from './forum-format';
import { ManageQuestionsEditor } from './manage-questions-editor';
import { ManageRegistrationsPanel } from './manage-registrations-panel';
import { ManageSessionFormDialog } from './manage-session-form-dialog';
import { ManageStatusBadge } from './manage-status-badge';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query ManageEventPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on ForumEvent {
        id
        title
        description
        status
        ...ManageEventFormDialog_event
        ...ManageQuestionsEditor_event
        sessions {
          id
          kind
          title
          startsAt
          placeName
          capacity
          panelSize
          confirmedCount
          applicationCount
          waitlistCount
          facilitatorNames
          ...ManageSessionFormDialog_session
          ...ManageFacilitatorsDialog_session
        }
      }
    }
  }
  mutation SetForumEventStatus($input: SetForumEventStatusInput!) {
    setForumEventStatus(input: $input) {
      __typename
      ... on MutationSetForumEventStatusSuccess {
        data {
          id
          status
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

const NEXT_STATUS: Partial<Record<ForumEventStatus, ForumEventStatus>> = { DRAFT: 'PUBLISHED', PUBLISHED: 'CLOSED' };
const path = (id: string) => encodeURIComponent(id);

/**
 * One forum event for coordinators: its settings (edit, publish, close), its profile questions, and
 * its sessions with their facilitators, links to each session's selection and running pages, and an
 * open forum's registrations.
 */
export function ManageEventPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { eventId = '' } = useParams();
  const confirm = useConfirm();
  const { data, error, refetch } = useQuery(ManageEventPageDocument, { variables: { id: eventId } });
  const [setStatus] = useMutation(SetForumEventStatusDocument);
  const [editing, setEditing] = useState(false);
  const [sessionDialog, setSessionDialog] = useState<{ id: string | null } | null>(null);
  const [facilitatorsOf, setFacilitatorsOf] = useState<string | null>(null);
  const [registrationsOf, setRegistrationsOf] = useState<string | null>(null);

  if (error && !data) return <QueryError onRetry={() => void refetch()} />;
  if (!data) return <Skeleton height={320} />;
  const event = data.node?.__typename === 'ForumEvent' ? data.node : null;
  if (!event) return <EmptyMessage title={t('forums.manage.event.notFound')} />;
  const next = NEXT_STATUS[event.status];
  const closed = event.status === 'CLOSED';
  const sessionById = (id: string | null) => event.sessions.find((session) => session.id === id);
  const registrationsSession = sessionById(registrationsOf);
  const facilitatorsSession = sessionById(facilitatorsOf);
  const editedSession = sessionDialog?.id ? sessionById(sessionDialog.id) : undefined;

  async function changeStatus(status: ForumEventStatus) {
    if (!event) return;
    const done = await confirm({
      title: t(status === 'PUBLISHED' ? 'forums.manage.event.publishTitle' : 'forums.manage.event.closeTitle', { event: event.title }),
      message: t(status === 'PUBLISHED' ? 'forums.manage.event.publishLead' : 'forums.manage.event.closeLead'),
      confirmLabel: t(status === 'PUBLISHED' ? 'forums.manage.event.publish' : 'forums.manage.event.close'),
      danger: status === 'CLOSED',
      action: async () => forumRefusal((await setStatus({ variables: { input: { id: event.id, status } } })).data?.setForumEventStatus, t),
    });
    if (done) notifications.show({ color: 'green', message: t(status === 'PUBLISHED' ? 'forums.manage.event.published' : 'forums.manage.event.closed') });
  }

  return (
    <Stack>
      <PageHeader
        title={event.title}
        lead={<ManageStatusBadge status={event.status} />}
        actions={
          <Group gap="xs">
            <Button variant="default" onClick={() => setEditing(true)} disabled={closed}>
              {t('forums.manage.event.edit')}
            </Button>
            {next ? (
              <Button variant={next === 'CLOSED' ? 'default' : 'filled'} onClick={() => void changeStatus(next)}>
                {t(next === 'PUBLISHED' ? 'forums.manage.event.publish' : 'forums.manage.event.close')}
              </Button>
            ) : null}
          </Group>
        }
      />
      <Group gap="lg">
        <Anchor component={Link} to="/forums/manage" size="sm">
          {t('forums.manage.event.back')}
        </Anchor>
        <Anchor component={Link} to={`/forums/events/${path(event.id)}/report`} size="sm">
          {t('forums.manage.event.report')}
        </Anchor>
      </Group>
      {event.description ? <Text>{event.description}</Text> : null}
      <ManageQuestionsEditor event={event} />
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="manage-sessions">
        <Stack>
          <Group justify="space-between">
            <Title order={2} size="h3" id="manage-sessions">
              {t('forums.manage.sessions.title')}
            </Title>
            <Button onClick={() => setSessionDialog({ id: null })} disabled={closed}>
              {t('forums.manage.sessions.new')}
            </Button>
          </Group>
          {event.sessions.length === 0 ? (
            <Text size="sm">{t('forums.manage.sessions.empty')}</Text>
          ) : (
            <ScrollTable label={t('forums.manage.sessions.title')} minWidth={900}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('forums.manage.sessions.session')}</Table.Th>
                    <Table.Th scope="col">{t('forums.manage.sessions.kind')}</Table.Th>
                    <Table.Th scope="col">{t('forums.manage.sessions.startsAt')}</Table.Th>
                    <Table.Th scope="col">{t('forums.manage.sessions.place')}</Table.Th>
                    <Table.Th scope="col">{t('forums.manage.sessions.size')}</Table.Th>
                    <Table.Th scope="col">{t('forums.manage.sessions.people')}</Table.Th>
                    <Table.Th scope="col">{t('forums.manage.sessions.facilitators')}</Table.Th>
                    <Table.Th scope="col">{t('forums.manage.sessions.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {event.sessions.map((session) => {
                    const open = session.kind === 'OPEN';
                    return (
                      <Table.Tr key={session.id}>
                        <Table.Th scope="row">{session.title}</Table.Th>
                        <Table.Td>{t(`forums.kind.${session.kind}`)}</Table.Td>
                        <Table.Td>{formatForumDateTime(session.startsAt, language)}</Table.Td>
                        <Table.Td>{session.placeName}</Table.Td>
                        <Table.Td>{open ? t('forums.manage.sessions.capacity', { count: session.capacity ?? 0 }) : t('forums.manage.sessions.panel', { count: session.panelSize ?? 0 })}</Table.Td>
                        <Table.Td>
                          {open
                            ? t('forums.manage.sessions.registered', { confirmed: session.confirmedCount, waiting: session.waitlistCount })
                            : t('forums.manage.sessions.applied', { count: session.applicationCount })}
                        </Table.Td>
                        <Table.Td>{session.facilitatorNames.length ? session.facilitatorNames.join(', ') : '—'}</Table.Td>
                        <Table.Td>
                          <Group gap="xs" wrap="wrap">
                            <Button size="compact-sm" variant="default" onClick={() => setSessionDialog({ id: session.id })} disabled={closed} aria-label={t('forums.manage.sessions.editOf', { session: session.title })}>
                              {t('forums.manage.sessions.edit')}
                            </Button>
                            <Button size="compact-sm" variant="default" onClick={() => setFacilitatorsOf(session.id)} aria-label={t('forums.manage.sessions.facilitatorsOf', { session: session.title })}>
                              {t('forums.manage.sessions.facilitators')}
                            </Button>
                            {open ? (
                              <Button size="compact-sm" variant="default" onClick={() => setRegistrationsOf(session.id)} aria-label={t('forums.manage.sessions.registrationsOf', { session: session.title })}>
                                {t('forums.manage.sessions.registrations')}
                              </Button>
                            ) : (
                              <Anchor component={Link} to={`/forums/sessions/${path(session.id)}/selection`} size="sm" aria-label={t('forums.manage.sessions.selectionOf', { session: session.title })}>
                                {t('forums.manage.sessions.selection')}
                              </Anchor>
                            )}
                            <Anchor component={Link} to={`/forums/sessions/${path(session.id)}/run`} size="sm" aria-label={t('forums.manage.sessions.runOf', { session: session.title })}>
                              {t('forums.manage.sessions.run')}
                            </Anchor>
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )}
        </Stack>
      </Paper>
      {registrationsSession ? <ManageRegistrationsPanel key={registrationsSession.id} sessionId={registrationsSession.id} title={registrationsSession.title} onClose={() => setRegistrationsOf(null)} /> : null}
      {editing ? <ManageEventFormDialog event={event} onClose={() => setEditing(false)} /> : null}
      {sessionDialog ? <ManageSessionFormDialog eventId={event.id} session={editedSession} onClose={() => setSessionDialog(null)} /> : null}
      {facilitatorsSession ? <ManageFacilitatorsDialog session={facilitatorsSession} onClose={() => setFacilitatorsOf(null)} /> : null}
    </Stack>
  );
}
