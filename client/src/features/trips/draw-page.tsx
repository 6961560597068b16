import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Code, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { TripDrawPageDocument } from '../../generated/graphql';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { formatTripDay, formatTripInstant } from './trip-format';
import { ScrollTable } from './scroll-table';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query TripDrawPage($departureId: ID!) {
    tripDraw(departureId: $departureId) {
      departureId
      tripTitle
      startsAt
      registrationClosesAt
      secretHash
      entriesClosedAt
      entryList
      entryListHash
      publicValue
      publicValueSource
      seed
      distributionHash
      result
      secret
      drawnAt
      departure {
        id
        pickupPoints {
          id
          position
          name
          seats
        }
      }
    }
  }
`;

type PointResult = { position: number; drawn: number[]; waitlist: number[] };

/** The departure's uuid from its GraphQL id ("TripDeparture:<uuid>" in base64), for the JSON file's address. */
export function departureUuid(globalId: string): string {
  try {
    const decoded = atob(globalId);
    return decoded.startsWith('TripDeparture:') ? decoded.slice('TripDeparture:'.length) : globalId;
  } catch {
    return globalId;
  }
}

function parseResult(text: string | null | undefined): PointResult[] {
  if (!text) return [];
  try {
    const parsed = JSON.parse(text) as { points?: PointResult[] };
    return parsed.points ?? [];
  } catch {
    return [];
  }
}

function entryCount(text: string | null | undefined): number | null {
  if (!text) return null;
  try {
    return (JSON.parse(text) as { entries?: unknown[] }).entries?.length ?? null;
  } catch {
    return null;
  }
}

/** The public record of a departure's lottery: the commitments as they became public, the result, and how to check it. */
export function TripDrawPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { departureId = '' } = useParams();
  const { data, error, refetch } = useQuery(TripDrawPageDocument, { variables: { departureId } });

  if (error && !data) return <QueryError onRetry={() => void refetch()} />;
  if (!data) return <Skeleton height={320} />;
  const draw = data.tripDraw;
  if (!draw) return <EmptyMessage title={t('trips.draw.notFound')} />;
  const results = parseResult(draw.result);
  const points = new Map(draw.departure.pickupPoints.map((point) => [point.position, point]));
  const jsonPath = `/trips/draws/${departureUuid(draw.departureId)}.json`;
  const jsonUrl = `${window.location.origin}${jsonPath}`;
  const entries = entryCount(draw.entryList);
  const step = draw.drawnAt ? 4 : draw.publicValue ? 3 : draw.entriesClosedAt ? 2 : 1;

  const commitments: { key: string; label: string; value: string | null | undefined; help: string }[] = [
    { key: 'secretHash', label: t('trips.draw.secretHash'), value: draw.secretHash, help: t('trips.draw.secretHashHelp') },
    { key: 'entryListHash', label: t('trips.draw.entryListHash'), value: draw.entryListHash, help: t('trips.draw.entryListHashHelp') },
    {
      key: 'publicValue',
      label: t('trips.draw.publicValue'),
      value: draw.publicValue ? `${draw.publicValue}${draw.publicValueSource ? ` (${draw.publicValueSource})` : ''}` : null,
      help: t('trips.draw.publicValueHelp'),
    },
    { key: 'seed', label: t('trips.draw.seed'), value: draw.seed, help: t('trips.draw.seedHelp') },
    { key: 'distributionHash', label: t('trips.draw.distributionHash'), value: draw.distributionHash, help: t('trips.draw.distributionHashHelp') },
    { key: 'secret', label: t('trips.draw.secret'), value: draw.secret, help: t('trips.draw.secretHelp') },
  ];

  return (
    <Stack>
      <PageHeader title={t('trips.draw.title', { trip: draw.tripTitle })} lead={t('trips.draw.lead', { day: formatTripDay(draw.startsAt, language) })} />
      <Group gap="xs">
        <Badge variant="light" color={step === 4 ? 'teal' : 'grape'}>
          {t(`trips.draw.step${step as 1 | 2 | 3 | 4}`)}
        </Badge>
        {draw.entriesClosedAt ? (
          <Text size="sm" c="dimmed">
            {t('trips.draw.entriesClosedAt', { at: formatTripInstant(draw.entriesClosedAt, language), count: entries ?? 0 })}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('trips.draw.closesAt', { at: formatTripInstant(draw.registrationClosesAt, language) })}
          </Text>
        )}
        {draw.drawnAt ? (
          <Text size="sm" c="dimmed">
            {t('trips.draw.drawnAt', { at: formatTripInstant(draw.drawnAt, language) })}
          </Text>
        ) : null}
      </Group>

      <Card withBorder radius="md" component="section" aria-labelledby="draw-commitments">
        <Title order={2} size="h4" id="draw-commitments" mb="sm">
          {t('trips.draw.commitments')}
        </Title>
        <Stack gap="sm" component="dl" style={{ margin: 0 }}>
          {commitments.map((item) => (
            <div key={item.key}>
              <Text component="dt" fw={600} size="sm">
                {item.label}
              </Text>
              <Text component="dd" size="sm" style={{ margin: 0 }}>
                {item.value ? <Code style={{ wordBreak: 'break-all' }}>{item.value}</Code> : <Text span c="dimmed">{t('trips.draw.notYet')}</Text>}
                <Text size="xs" c="dimmed">
                  {item.help}
                </Text>
              </Text>
            </div>
          ))}
        </Stack>
      </Card>

      <Card withBorder radius="md" component="section" aria-labelledby="draw-result">
        <Title order={2} size="h4" id="draw-result" mb="sm">
          {t('trips.draw.result')}
        </Title>
        {results.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('trips.draw.noResult')}
          </Text>
        ) : (
          <ScrollTable label={t('trips.draw.result')} minWidth={480}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('trips.draw.pickupPoint')}</Table.Th>
                  <Table.Th scope="col">{t('trips.draw.drawn')}</Table.Th>
                  <Table.Th scope="col">{t('trips.draw.waitlist')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {results.map((point) => (
                  <Table.Tr key={point.position}>
                    <Table.Th scope="row">
                      {points.get(point.position)?.name ?? `#${point.position + 1}`} ({t('trips.departure.seats', { count: points.get(point.position)?.seats ?? 0 })})
                    </Table.Th>
                    <Table.Td data-testid={`drawn-${point.position}`}>{point.drawn.join(', ') || '—'}</Table.Td>
                    <Table.Td data-testid={`waitlist-${point.position}`}>{point.waitlist.join(', ') || '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
        <Text size="xs" c="dimmed" mt="xs">
          {t('trips.draw.numbersHelp')}
        </Text>
      </Card>

      <Card withBorder radius="md" component="section" aria-labelledby="draw-verify">
        <Title order={2} size="h4" id="draw-verify" mb="sm">
          {t('trips.draw.verify')}
        </Title>
        <Stack gap="xs">
          <Text size="sm">{t('trips.draw.verifyHelp')}</Text>
          <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{`pnpm --filter @katilim/server exec tsx scripts/verify-trip-draw.ts ${jsonUrl}`}</Code>
          <Group>
            <Button component="a" href={jsonPath} download variant="light" w="fit-content">
              {t('trips.draw.download')}
            </Button>
            <Anchor href={jsonPath} size="sm">
              {jsonPath}
            </Anchor>
          </Group>
          {draw.entryList ? (
            <details>
              <summary>{t('trips.draw.entryList')}</summary>
              <Code block tabIndex={0} style={{ maxHeight: 240, overflow: "auto" }}>
                {draw.entryList}
              </Code>
            </details>
          ) : null}
        </Stack>
      </Card>
    </Stack>
  );
}
