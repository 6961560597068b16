import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { CheckInToShiftDocument, CheckOutOfShiftDocument, type CheckInToShiftMutation } from '../../generated/graphql';
import { PageHeader, PageLoader } from '../../shared/page';
import { formatSessionTime } from '../trainings/istanbul-time';
import { TIME_ZONE } from '@katilim/schema/istanbul-day';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  mutation CheckInToShift($input: CheckInToShiftInput!) {
    checkInToShift(input: $input) {
      __typename
      ... on MutationCheckInToShiftSuccess {
        data {
          id
          checkedInAt
          checkedOutAt
          minutes
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
      ... on Error {
        code
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

  mutation CheckOutOfShift($input: CheckOutOfShiftInput!) {
    checkOutOfShift(input: $input) {
      __typename
      ... on MutationCheckOutOfShiftSuccess {
        data {
          id
          checkedOutAt
          minutes
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

type Outcome = CheckInToShiftMutation['checkInToShift'];

/** Reached from the shift's QR code: checks the person in at once and says how it went. */
export function CheckInPage() {
  const { t, i18n } = useTranslation();
  const { code = '' } = useParams();
  const [checkIn] = useMutation(CheckInToShiftDocument);
  const [checkOut, { loading: checkingOut }] = useMutation(CheckOutOfShiftDocument);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [failed, setFailed] = useState(false);
  const [checkOutMessage, setCheckOutMessage] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Once per code, even when React runs the effect twice in development.
  const sent = useRef<string | null>(null);

  useEffect(() => {
    if (sent.current === code) return;
    sent.current = code;
    checkIn({ variables: { input: { code } } })
      .then((result) => setOutcome(result.data?.checkInToShift ?? null))
      .catch(() => setFailed(true));
  }, [checkIn, code]);

  useEffect(() => {
    if (outcome || failed) heading.current?.focus();
  }, [outcome, failed]);

  const language = i18n.resolvedLanguage ?? i18n.language;

  async function onCheckOut(signupId: string) {
    try {
      const result = (await checkOut({ variables: { input: { signupId } } })).data?.checkOutOfShift;
      if (result?.__typename === 'MutationCheckOutOfShiftSuccess') setCheckOutMessage(t('shifts.attendance.checkIn.checkedOut', { count: result.data.minutes ?? 0 }));
      else if (result && 'message' in result) setCheckOutMessage(result.message);
    } catch {
      setCheckOutMessage(t('common.networkError'));
    }
  }

  return (
    <Stack maw={640}>
      <PageHeader title={t('shifts.attendance.checkIn.title')} />
      {!outcome && !failed ? (
        <PageLoader label={t('shifts.attendance.checkIn.checking')} />
      ) : failed || !outcome ? (
        <Alert color="red" role="alert" title={<span ref={heading} tabIndex={-1}>{t('shifts.attendance.checkIn.failed')}</span>}>
          {t('common.networkError')}
        </Alert>
      ) : outcome.__typename === 'MutationCheckInToShiftSuccess' ? (
        <Paper withBorder p="lg" radius="md">
          <Stack gap="sm">
            <Title order={2} size="h3" c="green.9" ref={heading} tabIndex={-1}>
              {t('shifts.attendance.checkIn.done')}
            </Title>
            <Text fw={500}>{outcome.data.shift.opportunity.title}</Text>
            <Text size="sm">{formatSessionTime(outcome.data.shift.startsAt, outcome.data.shift.endsAt, language)}</Text>
            <Text size="sm" c="dimmed">
              {t('shifts.attendance.checkIn.at', { time: new Date(outcome.data.checkedInAt!).toLocaleTimeString(language === 'en' ? 'en-GB' : 'tr-TR', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' }) })}
            </Text>
            {checkOutMessage ? (
              <Alert color="blue" role="status">
                {checkOutMessage}
              </Alert>
            ) : outcome.data.checkedOutAt ? null : (
              <Group>
                <Button variant="light" loading={checkingOut} onClick={() => void onCheckOut(outcome.data.id)}>
                  {t('shifts.attendance.checkIn.checkOut')}
                </Button>
              </Group>
            )}
            <Anchor component={Link} to="/shifts/my-hours" size="sm">
              {t('shifts.attendance.checkIn.toMyHours')}
            </Anchor>
          </Stack>
        </Paper>
      ) : (
        <Alert color="red" role="alert" title={<span ref={heading} tabIndex={-1}>{t('shifts.attendance.checkIn.failed')}</span>}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{'message' in outcome ? outcome.message : t('common.networkError')}</Text>
            <Anchor component={Link} to="/shifts/scan" size="sm">
              {t('shifts.attendance.checkIn.scanAgain')}
            </Anchor>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
