import { type FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AtRiskList_ShiftFragmentDoc } from '../../generated/graphql';
import { formatSessionTime } from '../trainings/istanbul-time';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment AtRiskList_shift on Shift {
    id
    startsAt
    endsAt
    opportunity {
      id
      title
    }
    fill {
      held
      capacity
    }
  }
`;

type Item = { id: string } & FragmentType<typeof AtRiskList_ShiftFragmentDoc>;

/** Shifts starting within 72 hours with free places, with a way to staff each. */
export function AtRiskList({ shifts, onStaff }: { shifts: Item[]; onStaff: (shiftId: string) => void }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="at-risk-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="at-risk-heading">
          {t('shifts.planning.atRisk.title')}
        </Title>
        {shifts.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('shifts.planning.atRisk.empty')}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {shifts.map((shift) => (
              <AtRiskItem key={shift.id} shift={shift} onStaff={onStaff} />
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function AtRiskItem({ shift, onStaff }: { shift: Item; onStaff: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const { data, complete } = useFragment({ fragment: AtRiskList_ShiftFragmentDoc, fragmentName: 'AtRiskList_shift', from: shift });
  if (!complete) return null;
  const free = data.fill.capacity - data.fill.held;
  return (
    <li>
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {data.opportunity.title}
          </Text>
          <Text size="xs" c="dimmed">
            {formatSessionTime(data.startsAt, data.endsAt, i18n.language)}
          </Text>
          <Text size="xs">{t('shifts.planning.atRisk.free', { count: free, capacity: data.fill.capacity })}</Text>
        </Stack>
        <Button size="xs" variant="light" onClick={() => onStaff(data.id)} aria-label={t('shifts.planning.atRisk.staffFor', { title: data.opportunity.title })}>
          {t('shifts.planning.atRisk.staff')}
        </Button>
      </Group>
    </li>
  );
}
