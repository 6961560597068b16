import { type FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { Badge, Card, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AttendanceCard_MemberFragmentDoc, type CouncilAttendanceStatus } from '../../../generated/graphql';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment AttendanceCard_member on CouncilMember {
    id
    firstName
    lastName
    status
    mediaAllowed
  }
`;

export const ATTENDANCE_STATUSES: readonly CouncilAttendanceStatus[] = ['PRESENT', 'EXCUSED', 'ABSENT'];

/**
 * One child on the attendance page: name, a "no photos" badge when media consent is missing, and a
 * three-way control (present / excused / absent). A suspended child is shown greyed out, not markable.
 */
export function AttendanceCard({
  member: memberRef,
  status,
  onChange,
}: {
  member: FragmentType<typeof AttendanceCard_MemberFragmentDoc>;
  status: CouncilAttendanceStatus | null;
  onChange: (status: CouncilAttendanceStatus) => void;
}) {
  const { t } = useTranslation();
  const { data: member, complete } = useFragment({ fragment: AttendanceCard_MemberFragmentDoc, fragmentName: 'AttendanceCard_member', from: memberRef });
  if (!complete) return null;
  const suspended = member.status !== 'ACTIVE';
  const name = `${member.firstName} ${member.lastName}`;
  return (
    <Card withBorder padding="sm" radius="md" data-testid="attendance-card" bg={suspended ? 'gray.1' : undefined}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text fw={600} size="lg" id={`member-${member.id}`}>
            {name}
          </Text>
          {member.mediaAllowed ? null : (
            <Badge color="red" variant="filled" size="lg">
              {t('council.meetings.noPhotos')}
            </Badge>
          )}
        </Group>
        {suspended ? (
          <Text size="sm" fs="italic">
            {t('council.meetings.suspendedWhy')}
          </Text>
        ) : (
          <SegmentedControl
            fullWidth
            size="md"
            aria-labelledby={`member-${member.id}`}
            value={status ?? ''}
            onChange={(value) => onChange(value as CouncilAttendanceStatus)}
            data={ATTENDANCE_STATUSES.map((value) => ({ value, label: t(`council.meetings.status.${value}`) }))}
          />
        )}
      </Stack>
    </Card>
  );
}
