import { type FragmentType } from '@apollo/client';
import { useFragment, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Checkbox, Group, Loader, Modal, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  ApplyToForumFocusGroupDocument,
  CancelForumRegistrationDocument,
  RegisterForForumSessionDocument,
  ForumApplyQuestionsDocument,
  SessionCard_SessionFragmentDoc,
  WithdrawForumApplicationDocument,
} from '../../generated/graphql';
import { isErrorResult } from '../../shared/form';
import { FormErrorAlert } from '../../shared/page';
import { formatSessionTime } from './forum-format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment SessionCard_session on ForumSession {
    id
    kind
    title
    startsAt
    endsAt
    placeName
    address
    agenda
    capacity
    confirmedCount
    waitlistCount
    panelSize
    applicationCount
    registrationOpen
    facilitatorNames
    myRegistration {
      id
      status
      waitlistPosition
    }
    myApplication {
      id
      status
      waitlistRank
    }
  }
  query ForumApplyQuestions($eventId: ID!) {
    node(id: $eventId) {
      __typename
      ... on ForumEvent {
        id
        questions {
          id
          key
          label
          options {
            id
            value
            label
          }
        }
      }
    }
  }
  mutation RegisterForForumSession($input: RegisterForForumSessionInput!) {
    registerForForumSession(input: $input) {
      __typename
      ... on MutationRegisterForForumSessionSuccess {
        data {
          id
          status
          waitlistPosition
          session {
            id
            confirmedCount
            waitlistCount
            myRegistration {
              id
              status
              waitlistPosition
            }
          }
        }
      }
      ... on Error {
        message
      }
    }
  }
  mutation CancelForumRegistration($input: CancelForumRegistrationInput!) {
    cancelForumRegistration(input: $input) {
      __typename
      ... on MutationCancelForumRegistrationSuccess {
        data {
          id
          status
          session {
            id
            confirmedCount
            waitlistCount
          }
        }
      }
      ... on Error {
        message
      }
    }
  }
  mutation ApplyToForumFocusGroup($input: ApplyToForumFocusGroupInput!) {
    applyToForumFocusGroup(input: $input) {
      __typename
      ... on MutationApplyToForumFocusGroupSuccess {
        data {
          id
          status
          session {
            id
            applicationCount
            myApplication {
              id
              status
              waitlistRank
            }
          }
        }
      }
      ... on Error {
        message
      }
    }
  }
  mutation WithdrawForumApplication($input: WithdrawForumApplicationInput!) {
    withdrawForumApplication(input: $input) {
      __typename
      ... on MutationWithdrawForumApplicationSuccess {
        data {
          id
          status
          session {
            id
            applicationCount
          }
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

const STATUS_COLOR: Record<string, string> = { CONFIRMED: 'green', SELECTED: 'green', APPLIED: 'blue', WAITLISTED: 'yellow', CANCELLED: 'gray', WITHDRAWN: 'gray', REPLACED: 'gray' };

/**
 * One session of a forum event: when and where, who facilitates, seats or panel size, and what the
 * viewer can do — register for an open forum (with accessibility needs, kept only with consent) or
 * apply to a focus group by answering the event's questions; cancel or withdraw afterwards.
 */
export function SessionCard({
  session: sessionRef,
  eventId,
  signedIn,
}: {
  session: FragmentType<typeof SessionCard_SessionFragmentDoc>;
  eventId: string;
  signedIn: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { data: session, complete } = useFragment({ fragment: SessionCard_SessionFragmentDoc, fragmentName: 'SessionCard_session', from: sessionRef });
  const [dialog, setDialog] = useState(false);
  const [cancel, { loading: cancelling }] = useMutation(CancelForumRegistrationDocument);
  const [withdraw, { loading: withdrawing }] = useMutation(WithdrawForumApplicationDocument);
  const [error, setError] = useState<string | null>(null);
  if (!complete) return null;
  const open = session.kind === 'OPEN';
  const mine = open ? session.myRegistration : session.myApplication;
  const active = mine && !['CANCELLED', 'WITHDRAWN', 'REPLACED'].includes(mine.status);
  const headingId = `session-${session.id}`;

  const undo = async () => {
    setError(null);
    if (!mine) return;
    const response = open ? (await cancel({ variables: { input: { id: mine.id } } })).data?.cancelForumRegistration : (await withdraw({ variables: { input: { id: mine.id } } })).data?.withdrawForumApplication;
    if (!response || isErrorResult(response)) setError(response && 'message' in response ? response.message : t('forums.saveFailed'));
    else notifications.show({ color: 'green', message: open ? t('forums.cancelled') : t('forums.withdrawn') });
  };

  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Title order={3} size="h4" id={headingId}>
            {session.title}
          </Title>
          <Badge variant="light">{t(`forums.kind.${session.kind}`)}</Badge>
        </Group>
        <Text size="sm">{formatSessionTime(session.startsAt, session.endsAt, language)}</Text>
        <Text size="sm">{[session.placeName, session.address].filter(Boolean).join(', ')}</Text>
        {session.facilitatorNames.length ? <Text size="sm">{t('forums.facilitators', { names: session.facilitatorNames.join(', ') })}</Text> : null}
        {session.agenda ? <Text size="sm">{session.agenda}</Text> : null}
        <Text size="sm">
          {open
            ? t('forums.seats', { taken: session.confirmedCount, capacity: session.capacity ?? 0, waiting: session.waitlistCount })
            : t('forums.panel', { panel: session.panelSize ?? 0, applied: session.applicationCount })}
        </Text>
        {!open ? <Text size="sm">{t('forums.fairSelection')}</Text> : null}
        {active ? (
          <Group gap="sm">
            <Badge color={STATUS_COLOR[mine.status] ?? 'blue'} size="lg">
              {t(`forums.status.${mine.status}`)}
            </Badge>
            {'waitlistPosition' in mine && mine.waitlistPosition ? <Text size="sm">{t('forums.waitlistPosition', { position: mine.waitlistPosition })}</Text> : null}
            {(open || mine.status === 'APPLIED') && session.registrationOpen !== undefined ? (
              <Button variant="default" size="xs" loading={cancelling || withdrawing} onClick={() => void undo()}>
                {open ? t('forums.cancel') : t('forums.withdraw')}
              </Button>
            ) : null}
            {mine.status === 'CONFIRMED' || mine.status === 'SELECTED' ? (
              <Anchor component={Link} to={`/forums/sessions/${encodeURIComponent(session.id)}/summary`} size="sm">
                {t('forums.summary.link')}
              </Anchor>
            ) : null}
          </Group>
        ) : session.registrationOpen ? (
          signedIn ? (
            <Button onClick={() => setDialog(true)} style={{ alignSelf: 'flex-start' }} aria-describedby={headingId}>
              {open ? t('forums.register') : t('forums.apply')}
            </Button>
          ) : (
            <Text size="sm">
              <Anchor component={Link} to="/login">
                {t('forums.logInToJoin')}
              </Anchor>
            </Text>
          )
        ) : (
          <Text size="sm">{t('forums.notOpen')}</Text>
        )}
        <FormErrorAlert message={error} />
      </Stack>
      {dialog && open ? <RegisterDialog sessionId={session.id} title={session.title} onClose={() => setDialog(false)} /> : null}
      {dialog && !open ? <ApplyDialog sessionId={session.id} eventId={eventId} title={session.title} onClose={() => setDialog(false)} /> : null}
    </Paper>
  );
}

function RegisterDialog({ sessionId, title, onClose }: { sessionId: string; title: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [needs, setNeeds] = useState('');
  const [consent, setConsent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [register, { loading }] = useMutation(RegisterForForumSessionDocument);
  const submit = async () => {
    setError(null);
    try {
      const input = { sessionId, accessibilityNeeds: needs.trim() || null, accessibilityConsent: needs.trim() ? consent : false };
      const answer = (await register({ variables: { input } })).data?.registerForForumSession;
      if (!answer) throw new Error('no answer');
      if (isErrorResult(answer)) return setError(answer.message);
      notifications.show({ color: 'green', message: answer.data.status === 'CONFIRMED' ? t('forums.registered') : t('forums.waitlisted') });
      onClose();
    } catch {
      setError(t('forums.saveFailed'));
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('forums.registerTitle', { title })}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Textarea label={t('forums.needs')} description={t('forums.needsHelp')} value={needs} onChange={(event) => setNeeds(event.currentTarget.value)} autosize minRows={2} maxLength={1000} />
          {needs.trim() ? <Checkbox label={t('forums.needsConsent')} checked={consent} onChange={(event) => setConsent(event.currentTarget.checked)} /> : null}
          <FormErrorAlert message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('forums.close')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('forums.register')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The application: the event's questions (loaded when the dialog opens), one choice each. */
function ApplyDialog({ sessionId, eventId, title, onClose }: { sessionId: string; eventId: string; title: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { data, error: loadError } = useQuery(ForumApplyQuestionsDocument, { variables: { eventId } });
  const questions = data?.node?.__typename === 'ForumEvent' ? data.node.questions : [];
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [apply, { loading }] = useMutation(ApplyToForumFocusGroupDocument);
  const complete = questions.length > 0 && questions.every((question) => answers[question.key]);
  const submit = async () => {
    setError(null);
    try {
      const input = { sessionId, answers: questions.map((question) => ({ questionKey: question.key, value: answers[question.key] ?? '' })) };
      const answer = (await apply({ variables: { input } })).data?.applyToForumFocusGroup;
      if (!answer) throw new Error('no answer');
      if (isErrorResult(answer)) return setError(answer.message);
      notifications.show({ color: 'green', message: t('forums.applied') });
      onClose();
    } catch {
      setError(t('forums.saveFailed'));
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('forums.applyTitle', { title })} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Alert color="blue" title={t('forums.whyQuestions')}>
            {t('forums.whyQuestionsText')}
          </Alert>
          {loadError ? <FormErrorAlert message={t('forums.loadFailed')} /> : null}
          {!data && !loadError ? <Loader size="sm" aria-label={t('forums.loading')} /> : null}
          {questions.map((question) => (
            <Radio.Group
              key={question.id}
              label={question.label}
              required
              value={answers[question.key] ?? null}
              onChange={(value) => setAnswers((current) => ({ ...current, [question.key]: value }))}
            >
              <Stack gap={6} mt={6}>
                {question.options.map((option) => (
                  <Radio key={option.id} value={option.value} label={option.label} />
                ))}
              </Stack>
            </Radio.Group>
          ))}
          <FormErrorAlert message={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('forums.close')}
            </Button>
            <Button type="submit" loading={loading} disabled={!complete}>
              {t('forums.apply')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
