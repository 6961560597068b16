import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InviteToShiftDocument, StaffingSuggestionsDocument } from '../../generated/graphql';
import { isErrorResult } from '../../shared/form';
import { QueryError } from '../../shared/page';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query StaffingSuggestions($shiftId: ID!) {
    staffingSuggestions(shiftId: $shiftId) {
      volunteerId
      fullName
      explanation
      sameDistrict
      choseArea
    }
  }
  mutation InviteToShift($input: InviteToShiftInput!) {
    inviteToShift(input: $input) {
      __typename
      ... on MutationInviteToShiftSuccess {
        data {
          invitations {
            id
          }
          skipped {
            userId
            reason
          }
        }
      }
      ... on Error {
        message
      }
    }
  }
`;

/** The staffing assistant: ranked volunteers with why, ticked and invited in one go. */
export function StaffingPanel({ shiftId, free }: { shiftId: string; free: number }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(StaffingSuggestionsDocument, { variables: { shiftId }, fetchPolicy: 'network-only' });
  const [invite, { loading }] = useMutation(InviteToShiftDocument);
  const [chosen, setChosen] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<{ color: string; text: string } | null>(null);

  if (error && !data) return <QueryError onRetry={() => void refetch()} />;
  if (!data) return <Skeleton height={160} aria-busy />;
  const suggestions = data.staffingSuggestions;

  async function send() {
    setOutcome(null);
    try {
      const result = (await invite({ variables: { input: { shiftId, userIds: chosen } } })).data?.inviteToShift;
      if (!result) return;
      if (isErrorResult(result)) return setOutcome({ color: 'red', text: result.message });
      const invited = result.data.invitations.length;
      const skipped = result.data.skipped.length;
      setOutcome({
        color: skipped ? 'yellow' : 'green',
        text: [t('shifts.planning.staffing.invited', { count: invited }), skipped ? t('shifts.planning.staffing.skipped', { count: skipped }) : ''].join(' ').trim(),
      });
      setChosen([]);
    } catch {
      setOutcome({ color: 'red', text: t('common.networkError') });
    }
  }

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('shifts.planning.staffing.lead', { count: Math.max(free, 0) })}
      </Text>
      {outcome ? (
        <Alert color={outcome.color} role="status">
          {outcome.text}
        </Alert>
      ) : null}
      {suggestions.length === 0 ? (
        <Text role="status">{t('shifts.planning.staffing.empty')}</Text>
      ) : (
        <Checkbox.Group value={chosen} onChange={setChosen} label={t('shifts.planning.staffing.label')}>
          <Stack gap="sm" mt="xs">
            {suggestions.map((s, index) => (
              <Checkbox key={s.volunteerId} value={s.volunteerId} label={`${index + 1}. ${s.fullName}`} description={s.explanation} />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      <Group justify="flex-end">
        <Button onClick={() => void send()} disabled={chosen.length === 0} loading={loading}>
          {t('shifts.planning.staffing.invite', { count: chosen.length })}
        </Button>
      </Group>
    </Stack>
  );
}
