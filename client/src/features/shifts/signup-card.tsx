import { type FragmentType } from '@apollo/client';
import { useFragment, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Modal, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CancelShiftSignupDocument,
  ConfirmShiftOfferDocument,
  DeclineShiftOfferDocument,
  OfferShiftSwapDocument,
  ShiftSwapCandidatesDocument,
  SignupCard_SignupFragmentDoc,
} from '../../generated/graphql';
import { isErrorResult, useForm } from '../../shared/form';
import { FormErrorAlert } from '../../shared/page';
import { formatSessionTime } from '../trainings/istanbul-time';
import { remaining } from './shift-time';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment SignupCard_signup on ShiftSignup {
    id
    status
    waitlistPosition
    holdExpiresAt
    lateCancellation
    role {
      id
      name
    }
    shift {
      id
      startsAt
      endsAt
      calendarPath
      opportunity {
        id
        title
        online
        address
        district {
          id
          name
        }
      }
    }
    pendingSwaps {
      id
      toName
    }
  }

  mutation ConfirmShiftOffer($input: ShiftSignupRefInput!) {
    confirmShiftOffer(input: $input) {
      __typename
      ... on MutationConfirmShiftOfferSuccess {
        data {
          id
          ...SignupCard_signup
        }
      }
      ... on Error {
        message
      }
    }
  }

  mutation DeclineShiftOffer($input: ShiftSignupRefInput!) {
    declineShiftOffer(input: $input) {
      __typename
      ... on MutationDeclineShiftOfferSuccess {
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

  mutation CancelShiftSignup($input: ShiftSignupRefInput!) {
    cancelShiftSignup(input: $input) {
      __typename
      ... on MutationCancelShiftSignupSuccess {
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

  query ShiftSwapCandidates($signupId: ID!, $search: String) {
    swapCandidates(signupId: $signupId, search: $search) {
      id
      name
    }
  }

  mutation OfferShiftSwap($input: OfferShiftSwapInput!) {
    offerShiftSwap(input: $input) {
      __typename
      ... on MutationOfferShiftSwapSuccess {
        data {
          id
          toName
        }
      }
      ... on InputValidationError {
        issues {
          path
          message
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

const STATUS_COLOURS = { CONFIRMED: 'green', OFFERED: 'orange', WAITLISTED: 'blue' } as const;
type Active = keyof typeof STATUS_COLOURS;
const REFRESH = { refetchQueries: ['MyShiftsPage'], awaitRefetchQueries: true };

/** Counts down to the end of an offer's hold, every second. */
function HoldCountdown({ until }: { until: string }) {
  const { t, i18n } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const left = remaining(until, now, i18n.language);
  return (
    <Text size="sm" fw={600} c={left ? undefined : 'red.9'} role="timer" aria-live="off">
      {left ? t('shifts.signup.mine.holdLeft', { left }) : t('shifts.signup.mine.holdOver')}
    </Text>
  );
}

/** One of the volunteer's sign-ups with what they can do about it. */
export function SignupCard({ signup }: { signup: FragmentType<typeof SignupCard_SignupFragmentDoc> }) {
  const { t, i18n } = useTranslation();
  const { data, complete } = useFragment({ fragment: SignupCard_SignupFragmentDoc, fragmentName: 'SignupCard_signup', from: signup });
  const [error, setError] = useState<string | null>(null);
  const [cancelOpen, setCancelOpen] = useState(false);
  const [swapOpen, setSwapOpen] = useState(false);
  const [confirm, confirming] = useMutation(ConfirmShiftOfferDocument, REFRESH);
  const [decline, declining] = useMutation(DeclineShiftOfferDocument, REFRESH);
  const [cancel, cancelling] = useMutation(CancelShiftSignupDocument, REFRESH);
  if (!complete) return null;
  const status = data.status as Active;
  const headingId = `signup-${data.id}`;
  const input = { signupId: data.id };

  async function run(action: () => Promise<{ __typename: string; message?: string } | null | undefined>, done: string) {
    setError(null);
    try {
      const result = await action();
      if (!result) return;
      if (isErrorResult(result as { __typename: string })) {
        setError((result as { message: string }).message);
        return;
      }
      notifications.show({ color: 'green', message: done });
    } catch {
      setError(t('common.networkError'));
    }
  }

  const place = data.shift.opportunity.online ? t('shifts.signup.online') : [data.shift.opportunity.address, data.shift.opportunity.district?.name].filter(Boolean).join(', ');

  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Title order={3} size="h5" id={headingId}>
            {data.shift.opportunity.title}
          </Title>
          <Badge color={STATUS_COLOURS[status]} variant="light">
            {status === 'WAITLISTED' ? t('shifts.signup.status.WAITLISTED_AT', { position: data.waitlistPosition ?? '?' }) : t(`shifts.signup.status.${status}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {formatSessionTime(data.shift.startsAt, data.shift.endsAt, i18n.language)}
          {data.role ? ` · ${data.role.name}` : ''}
        </Text>
        <Text size="sm" c="dimmed">
          {place}
        </Text>
        {status === 'OFFERED' && data.holdExpiresAt ? <HoldCountdown until={data.holdExpiresAt} /> : null}
        {data.pendingSwaps.map((swap) => (
          <Text key={swap.id} size="sm" c="dimmed">
            {t('shifts.signup.mine.swapPending', { name: swap.toName })}
          </Text>
        ))}
        <FormErrorAlert message={error} />
        <Group gap="xs">
          {status === 'OFFERED' ? (
            <>
              <Button size="xs" loading={confirming.loading} onClick={() => void run(async () => (await confirm({ variables: { input } })).data?.confirmShiftOffer, t('shifts.signup.mine.confirmed'))}>
                {t('shifts.signup.mine.confirm')}
              </Button>
              <Button size="xs" variant="default" loading={declining.loading} onClick={() => void run(async () => (await decline({ variables: { input } })).data?.declineShiftOffer, t('shifts.signup.mine.declined'))}>
                {t('shifts.signup.mine.decline')}
              </Button>
            </>
          ) : (
            <Button size="xs" variant="default" color="red" onClick={() => setCancelOpen(true)}>
              {status === 'WAITLISTED' ? t('shifts.signup.mine.leaveWaitlist') : t('shifts.signup.mine.cancel')}
            </Button>
          )}
          {status === 'CONFIRMED' ? (
            <>
              <Button size="xs" variant="light" onClick={() => setSwapOpen(true)}>
                {t('shifts.signup.mine.offerSwap')}
              </Button>
              <Button component="a" href={data.shift.calendarPath} download size="xs" variant="subtle">
                {t('shifts.signup.card.addToCalendar')}
              </Button>
            </>
          ) : null}
        </Group>
      </Stack>
      <Modal opened={cancelOpen} onClose={() => setCancelOpen(false)} title={t('shifts.signup.mine.cancelTitle')}>
        <Stack>
          {status === 'CONFIRMED' && data.lateCancellation ? (
            <Alert color="orange" title={t('shifts.signup.mine.lateTitle')}>
              {t('shifts.signup.mine.lateWarning')}
            </Alert>
          ) : (
            <Text size="sm">{t('shifts.signup.mine.cancelLead')}</Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setCancelOpen(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={cancelling.loading}
              onClick={() => {
                setCancelOpen(false);
                void run(async () => (await cancel({ variables: { input } })).data?.cancelShiftSignup, t('shifts.signup.mine.cancelled'));
              }}
            >
              {t('shifts.signup.mine.cancelSubmit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={swapOpen} onClose={() => setSwapOpen(false)} title={t('shifts.signup.swap.title')}>
        {swapOpen ? <SwapForm signupId={data.id} onDone={() => setSwapOpen(false)} /> : null}
      </Modal>
    </Paper>
  );
}

/** Offers the place to a colleague chosen by name among those who could take it (never by typing an address). */
function SwapForm({ signupId, onDone }: { signupId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const candidates = useQuery(ShiftSwapCandidatesDocument, { variables: { signupId, search: search.trim() || null } });
  const form = useForm({ toUserId: null as string | null });
  const [chosenName, setChosenName] = useState<string | null>(null);
  const [offer, { loading }] = useMutation(OfferShiftSwapDocument, REFRESH);
  const options = (candidates.data?.swapCandidates ?? []).map((person) => ({ value: person.id, label: person.name }));
  const data =
    form.values.toUserId && !options.some((o) => o.value === form.values.toUserId) ? [...options, { value: form.values.toUserId, label: chosenName ?? '' }] : options;

  const submit = form.onSubmit(async () => {
    const toUserId = form.values.toUserId;
    if (!toUserId) {
      form.setFormError(t('shifts.signup.swap.colleagueRequired'));
      return;
    }
    const result = await form.send(async () => (await offer({ variables: { input: { signupId, toUserId } } })).data?.offerShiftSwap);
    if (!result) return;
    notifications.show({ color: 'green', message: t('shifts.signup.swap.sent', { name: result.data.toName }) });
    onDone();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('shifts.signup.swap.lead')}</Text>
        <FormErrorAlert message={form.formError} />
        {candidates.error ? <FormErrorAlert message={t('shifts.signup.swap.candidatesError')} /> : null}
        <Select
          label={t('shifts.signup.swap.colleague')}
          description={t('shifts.signup.swap.colleagueHint')}
          placeholder={t('shifts.signup.swap.searchColleague')}
          data={data}
          value={form.values.toUserId}
          onChange={(id) => {
            setChosenName(options.find((o) => o.value === id)?.label ?? null);
            form.setValue('toUserId', id);
          }}
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: all }) => all}
          nothingFoundMessage={candidates.loading ? t('shifts.signup.swap.searching') : t('shifts.signup.swap.nobody')}
          error={form.errors.toUserId}
          searchable
          required
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('shifts.signup.swap.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
