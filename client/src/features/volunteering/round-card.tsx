import { type FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RoundCard_RoundFragmentDoc } from '../../generated/graphql';
import { useFormatters } from '../../i18n/format';
import { RoundStatusBadge } from './status-badges';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  fragment RoundCard_round on RecruitmentRound {
    id
    slug
    title
    status
    opensAt
    closesAt
    seatsSought
    isOpenForApplications
    areas {
      id
      name
    }
  }
`;

export function RoundCard({ round }: { round: FragmentType<typeof RoundCard_RoundFragmentDoc> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { data, complete } = useFragment({ fragment: RoundCard_RoundFragmentDoc, fragmentName: 'RoundCard_round', from: round });
  if (!complete) return null;
  const headingId = `round-${data.id}`;

  return (
    <Card withBorder radius="md" padding="lg" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} size="h3" id={headingId}>
            {data.title}
          </Title>
          <RoundStatusBadge status={data.status} open={data.isOpenForApplications} />
        </Group>
        <Text size="sm">
          {t('volunteering.rounds.dates', { opens: format.dateTime(data.opensAt), closes: format.dateTime(data.closesAt) })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('volunteering.rounds.seatsAndAreas', {
            count: data.seatsSought,
            areas: data.areas.map((area) => area.name).join(', '),
          })}
        </Text>
        <Group>
          <Button component={Link} to={`/volunteering/rounds/${data.slug}`} variant={data.isOpenForApplications ? 'filled' : 'light'}>
            {data.isOpenForApplications ? t('volunteering.rounds.seeAndApply') : t('volunteering.rounds.details')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
