import { type FragmentType } from '@apollo/client';
import { useFragment, useMutation } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ShiftCard_ShiftFragmentDoc, SignUpForShiftDocument } from '../../generated/graphql';
import { isErrorResult } from '../../shared/form';
import { formatSessionTime } from '../trainings/istanbul-time';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment ShiftCard_shift on Shift {
    id
    startsAt
    endsAt
    calendarPath
    signupClosesAt
    capacity
    placesLeft
    waitlistLength
    opportunity {
      id
      title
      description
      online
      address
      area {
        id
        name
      }
      district {
        id
        name
      }
    }
    roles {
      id
      name
      headcount
      placesLeft
    }
    mySignups {
      id
      status
      waitlistPosition
    }
  }

  mutation SignUpForShift($input: SignUpForShiftInput!) {
    signUpForShift(input: $input) {
      __typename
      ... on MutationSignUpForShiftSuccess {
        data {
          id
          status
          waitlistPosition
          shift {
            id
            ...ShiftCard_shift
          }
        }
      }
      ... on ShiftFullError {
        joinWaitlist
      }
      ... on Error {
        code
        message
      }
    }
  }
`;

const STATUS_COLOURS = { CONFIRMED: 'green', OFFERED: 'orange', WAITLISTED: 'blue' } as const;
type Held = keyof typeof STATUS_COLOURS;
const isHeld = (status: string): status is Held => status in STATUS_COLOURS;

/** A shift a volunteer may sign up for: when, where, places, and the sign-up (or waitlist) action. */
export function ShiftCard({ shift, compact = false }: { shift: FragmentType<typeof ShiftCard_ShiftFragmentDoc>; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const { data, complete } = useFragment({ fragment: ShiftCard_ShiftFragmentDoc, fragmentName: 'ShiftCard_shift', from: shift });
  const [roleId, setRoleId] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<{ message: string; canWait: boolean } | null>(null);
  const [signUp, { loading }] = useMutation(SignUpForShiftDocument);
  // When the page was shown: a card does not close itself while someone looks at it (the server decides).
  const [shownAt] = useState(() => Date.now());
  if (!complete) return null;

  const mine = data.mySignups.find((s) => isHeld(s.status));
  const closed = new Date(data.signupClosesAt).getTime() <= shownAt;
  const place = data.opportunity.online ? t('shifts.signup.online') : [data.opportunity.address, data.opportunity.district?.name].filter(Boolean).join(', ');
  const headingId = `shift-${data.id}`;
  const shiftId = data.id;

  async function submit(joinWaitlist: boolean) {
    setRefusal(null);
    try {
      const { data: answer } = await signUp({ variables: { input: { shiftId, roleId, joinWaitlist } } });
      const result = answer?.signUpForShift;
      if (!result) return;
      if (isErrorResult(result)) {
        setRefusal({ message: result.message, canWait: result.__typename === 'ShiftFullError' || result.code === 'ROLE_FULL' });
        return;
      }
      notifications.show({
        color: 'green',
        message:
          result.data.status === 'WAITLISTED'
            ? t('shifts.signup.card.waitlisted', { position: result.data.waitlistPosition ?? '?' })
            : t('shifts.signup.card.confirmed'),
      });
    } catch {
      setRefusal({ message: t('common.networkError'), canWait: false });
    }
  }

  return (
    <Paper withBorder p={compact ? 'xs' : 'md'} radius="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={3} size={compact ? 'h6' : 'h5'} id={headingId}>
            {data.opportunity.title}
          </Title>
          {mine ? (
            <Badge color={STATUS_COLOURS[mine.status as Held]} variant="light">
              {mine.status === 'WAITLISTED'
                ? t('shifts.signup.status.WAITLISTED_AT', { position: mine.waitlistPosition ?? '?' })
                : t(`shifts.signup.status.${mine.status as Held}`)}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm">{formatSessionTime(data.startsAt, data.endsAt, i18n.language)}</Text>
        {!compact ? (
          <Text size="sm" c="dimmed">
            {data.opportunity.area.name} · {place}
          </Text>
        ) : null}
        <Group gap="xs">
          <Badge variant="outline" color={data.placesLeft > 0 ? 'teal' : 'red'}>
            {data.placesLeft > 0 ? t('shifts.signup.card.placesLeft', { count: data.placesLeft }) : t('shifts.signup.card.full')}
          </Badge>
          {data.waitlistLength > 0 ? <Badge variant="outline">{t('shifts.signup.card.waiting', { count: data.waitlistLength })}</Badge> : null}
          <Button component="a" href={data.calendarPath} download size="compact-xs" variant="subtle" aria-describedby={headingId}>
            {t('shifts.signup.card.addToCalendar')}
          </Button>
        </Group>
        {refusal ? (
          <Alert color={refusal.canWait ? 'yellow' : 'red'} role="alert">
            <Stack gap="xs">
              <Text size="sm">{refusal.message}</Text>
              {refusal.canWait ? (
                <Button size="xs" variant="light" loading={loading} onClick={() => void submit(true)}>
                  {t('shifts.signup.card.joinWaitlist')}
                </Button>
              ) : null}
            </Stack>
          </Alert>
        ) : null}
        {!mine && !closed ? (
          <Group gap="xs" align="flex-end">
            {data.roles.length > 0 && !compact ? (
              <Select
                size="xs"
                label={t('shifts.signup.card.role')}
                placeholder={t('shifts.signup.card.anyRole')}
                data={data.roles.map((role) => ({ value: role.id, label: `${role.name} (${t('shifts.signup.card.placesLeft', { count: role.placesLeft })})` }))}
                value={roleId}
                onChange={setRoleId}
                clearable
              />
            ) : null}
            <Button size="xs" loading={loading} onClick={() => void submit(data.placesLeft === 0)} aria-describedby={headingId}>
              {data.placesLeft > 0 ? t('shifts.signup.card.signUp') : t('shifts.signup.card.joinWaitlist')}
            </Button>
          </Group>
        ) : null}
        {!mine && closed ? (
          <Text size="xs" c="dimmed">
            {t('shifts.signup.card.closed')}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
