import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  AcceptShiftInvitationDocument,
  AcceptShiftSwapDocument,
  DeclineShiftInvitationDocument,
  DeclineShiftSwapDocument,
  MyShiftsPageDocument,
} from '../../generated/graphql';
import { isErrorResult } from '../../shared/form';
import { EmptyMessage, FormErrorAlert, PageHeader, QueryError } from '../../shared/page';
import { formatSessionTime } from '../trainings/istanbul-time';
import { SignupCard } from './signup-card';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query MyShiftsPage {
    myShiftSignups(first: 100) {
      edges {
        node {
          id
          status
          ...SignupCard_signup
        }
      }
    }
    myShiftSwapOffers {
      id
      fromName
      shift {
        id
        startsAt
        endsAt
        opportunity {
          id
          title
        }
      }
    }
    myShiftInvitations {
      id
      shift {
        id
        startsAt
        endsAt
        opportunity {
          id
          title
        }
      }
    }
  }

  mutation AcceptShiftSwap($input: ShiftSwapRefInput!) {
    acceptShiftSwap(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }

  mutation DeclineShiftSwap($input: ShiftSwapRefInput!) {
    declineShiftSwap(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }

  mutation AcceptShiftInvitation($input: AcceptShiftInvitationInput!) {
    acceptShiftInvitation(input: $input) {
      __typename
      ... on ShiftFullError {
        joinWaitlist
      }
      ... on Error {
        message
      }
    }
  }

  mutation DeclineShiftInvitation($input: ShiftInvitationRefInput!) {
    declineShiftInvitation(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`;

const REFRESH = { refetchQueries: ['MyShiftsPage'], awaitRefetchQueries: true };
type Answer = { __typename: string } | null | undefined;

/** A request to answer (a colleague's swap, a coordinator's invitation): accept or decline. */
function RequestCard({
  title,
  detail,
  highlighted = false,
  onAccept,
  onDecline,
}: {
  title: string;
  detail: string;
  /** The one a mail's link pointed at: marked, scrolled to and focused. */
  highlighted?: boolean;
  onAccept: () => Promise<Answer>;
  onDecline: () => Promise<Answer>;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!highlighted || !ref.current) return;
    ref.current.scrollIntoView?.({ block: 'center' });
    ref.current.focus();
  }, [highlighted]);

  async function answer(action: () => Promise<Answer>, done: string) {
    setError(null);
    setBusy(true);
    try {
      const result = await action();
      if (result && isErrorResult(result as { __typename: string })) setError((result as unknown as { message: string }).message);
      else if (result) notifications.show({ color: 'green', message: done });
    } catch {
      setError(t('common.networkError'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper
      ref={ref}
      withBorder
      p="md"
      radius="md"
      tabIndex={highlighted ? -1 : undefined}
      data-highlighted={highlighted || undefined}
      style={highlighted ? { borderColor: 'var(--mantine-primary-color-filled)', borderWidth: 2 } : undefined}
    >
      <Stack gap="xs">
        {highlighted ? (
          <Badge variant="light" w="fit-content">
            {t('shifts.signup.mine.fromMail')}
          </Badge>
        ) : null}
        <Text fw={600}>{title}</Text>
        <Text size="sm">{detail}</Text>
        <FormErrorAlert message={error} />
        <Group gap="xs">
          <Button size="xs" loading={busy} onClick={() => void answer(onAccept, t('shifts.signup.mine.accepted'))}>
            {t('shifts.signup.mine.accept')}
          </Button>
          <Button size="xs" variant="default" disabled={busy} onClick={() => void answer(onDecline, t('shifts.signup.mine.declined'))}>
            {t('shifts.signup.mine.decline')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/**
 * "Vardiyalarım": places to confirm, confirmed shifts, waitlist positions, swaps and invitations to
 * answer. `?invitation=<id>` (the invitation mail's link) highlights that invitation.
 */
export function MyShiftsPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const linkedInvitation = params.get('invitation');
  const { data, error, refetch } = useQuery(MyShiftsPageDocument);
  const [acceptSwap] = useMutation(AcceptShiftSwapDocument, REFRESH);
  const [declineSwap] = useMutation(DeclineShiftSwapDocument, REFRESH);
  const [acceptInvitation] = useMutation(AcceptShiftInvitationDocument, REFRESH);
  const [declineInvitation] = useMutation(DeclineShiftInvitationDocument, REFRESH);

  const signups = data?.myShiftSignups.edges.flatMap((edge) => (edge ? [edge.node] : [])) ?? [];
  const groups = [
    { key: 'offered', title: t('shifts.signup.mine.offeredTitle'), items: signups.filter((s) => s.status === 'OFFERED') },
    { key: 'confirmed', title: t('shifts.signup.mine.confirmedTitle'), items: signups.filter((s) => s.status === 'CONFIRMED') },
    { key: 'waitlisted', title: t('shifts.signup.mine.waitlistTitle'), items: signups.filter((s) => s.status === 'WAITLISTED') },
  ];
  const requests = (data?.myShiftSwapOffers.length ?? 0) + (data?.myShiftInvitations.length ?? 0);
  const invitationGone = Boolean(data && linkedInvitation && !data.myShiftInvitations.some((invitation) => invitation.id === linkedInvitation));

  return (
    <Stack>
      <PageHeader
        title={t('shifts.signup.mine.title')}
        lead={t('shifts.signup.mine.lead')}
        actions={
          <Button component={Link} to="/shifts" variant="light">
            {t('shifts.signup.mine.browse')}
          </Button>
        }
      />
      {error && !data ? (
        <QueryError onRetry={() => void refetch()} />
      ) : !data ? (
        <Stack gap="xs" aria-busy="true">
          {Array.from({ length: 3 }, (_, index) => (
            <Skeleton key={index} height={100} />
          ))}
        </Stack>
      ) : null}
      {invitationGone ? (
        <Alert color="yellow" role="status">
          {t('shifts.signup.mine.invitationGone')}
        </Alert>
      ) : null}
      {!data ? null : signups.length === 0 && requests === 0 ? (
        <EmptyMessage title={t('shifts.signup.mine.empty')}>{t('shifts.signup.mine.emptyHint')}</EmptyMessage>
      ) : (
        <Stack gap="lg">
          {requests > 0 ? (
            <Stack gap="sm" component="section" aria-labelledby="requests-title">
              <Title order={2} size="h4" id="requests-title">
                {t('shifts.signup.mine.requestsTitle')}
              </Title>
              {data.myShiftSwapOffers.map((swap) => (
                <RequestCard
                  key={swap.id}
                  title={t('shifts.signup.mine.swapFrom', { name: swap.fromName, title: swap.shift.opportunity.title })}
                  detail={formatSessionTime(swap.shift.startsAt, swap.shift.endsAt, i18n.language)}
                  onAccept={async () => (await acceptSwap({ variables: { input: { swapId: swap.id } } })).data?.acceptShiftSwap}
                  onDecline={async () => (await declineSwap({ variables: { input: { swapId: swap.id } } })).data?.declineShiftSwap}
                />
              ))}
              {data.myShiftInvitations.map((invitation) => (
                <RequestCard
                  key={invitation.id}
                  highlighted={invitation.id === linkedInvitation}
                  title={t('shifts.signup.mine.invitation', { title: invitation.shift.opportunity.title })}
                  detail={formatSessionTime(invitation.shift.startsAt, invitation.shift.endsAt, i18n.language)}
                  onAccept={async () => (await acceptInvitation({ variables: { input: { invitationId: invitation.id, joinWaitlist: true } } })).data?.acceptShiftInvitation}
                  onDecline={async () => (await declineInvitation({ variables: { input: { invitationId: invitation.id } } })).data?.declineShiftInvitation}
                />
              ))}
            </Stack>
          ) : null}
          {groups.map((group) =>
            group.items.length ? (
              <Stack key={group.key} gap="sm" component="section" aria-labelledby={`${group.key}-title`}>
                <Title order={2} size="h4" id={`${group.key}-title`}>
                  {group.title}
                </Title>
                {group.items.map((signup) => (
                  <SignupCard key={signup.id} signup={signup} />
                ))}
              </Stack>
            ) : null,
          )}
        </Stack>
      )}
    </Stack>
  );
}
