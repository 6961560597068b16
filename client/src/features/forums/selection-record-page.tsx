import { useQuery } from '@apollo/client/react';
import { Badge, Button, Code, Group, Paper, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ForumSelectionRecordPageDocument } from '../../generated/graphql';
import { EmptyMessage, PageHeader, QueryError } from '../../shared/page';
import { formatSessionTime } from './forum-format';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query ForumSelectionRecordPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on ForumSession {
        id
        kind
        title
        startsAt
        endsAt
        panelSize
        event {
          id
          title
        }
        selection {
          status
          algorithm
          committedAt
          drawnAt
          distribution
          distributionHash
          secretHash
          publicValue
          seed
          secret
          poolIds
          panelIds
          waitlistIds
        }
      }
    }
  }
`;

const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
const bytes = (text: string) => new TextEncoder().encode(text);

async function sha256(text: string): Promise<string> {
  return hex(await crypto.subtle.digest('SHA-256', bytes(text)));
}

async function hmac(secret: string, text: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', bytes(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return hex(await crypto.subtle.sign('HMAC', key, bytes(text)));
}

type Checks = { distribution: boolean; secret: boolean | null; seed: boolean | null };
type Selection = { distribution: string; distributionHash: string; secretHash: string; secret?: string | null; seed?: string | null; publicValue?: string | null };

/** Recomputes, in the reader's browser, the three equalities the published record promises. */
function useChecks(selection: Selection | null | undefined): Checks | null {
  const [checks, setChecks] = useState<Checks | null>(null);
  useEffect(() => {
    if (!selection || !globalThis.crypto?.subtle) return;
    let live = true;
    void (async () => {
      const distribution = (await sha256(selection.distribution)) === selection.distributionHash;
      const secret = selection.secret ? (await sha256(selection.secret)) === selection.secretHash : null;
      const seed = selection.secret && selection.seed && selection.publicValue !== null && selection.publicValue !== undefined ? (await hmac(selection.secret, `${selection.distributionHash}:${selection.publicValue}`)) === selection.seed : null;
      if (live) setChecks({ distribution, secret, seed });
    })();
    return () => {
      live = false;
    };
  }, [selection]);
  return checks;
}

/** The lowest selection probability the published distribution gives any applicant (null if unreadable). */
function minimumOf(distribution: string): number | null {
  try {
    const parsed = JSON.parse(distribution) as { units?: { hi?: number }[]; probabilities?: { probability: number }[] };
    const probabilities = (parsed.probabilities ?? []).filter((_p, u) => (parsed.units?.[u]?.hi ?? 1) > 0).map((p) => p.probability);
    return probabilities.length ? Math.min(...probabilities) : null;
  } catch {
    return null;
  }
}

/** "Seçim kaydı" (public): a focus group's published selection, checked in the reader's browser. */
export function ForumSelectionRecordPage() {
  const { t, i18n } = useTranslation();
  const { sessionId = '' } = useParams();
  const { data, error, refetch } = useQuery(ForumSelectionRecordPageDocument, { variables: { id: sessionId } });
  const session = data?.node?.__typename === 'ForumSession' ? data.node : null;
  const selection = session?.selection;
  const checks = useChecks(selection);

  if (error && !data) return <QueryError onRetry={() => void refetch()} />;
  if (!data) return <Skeleton height={320} />;
  if (!session) return <EmptyMessage title={t('forums.run.notFound')} />;

  const percent = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'tr-TR', { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const minimum = selection ? minimumOf(selection.distribution) : null;
  const mark = (ok: boolean | null | undefined) =>
    ok === null || ok === undefined ? (
      <Badge variant="outline" color="gray.8">{t('forums.record.pending')}</Badge>
    ) : ok ? (
      <Badge variant="outline" color="teal.9">{t('forums.record.ok')}</Badge>
    ) : (
      <Badge variant="filled" color="red.9">{t('forums.record.mismatch')}</Badge>
    );
  const row = (label: string, value: string | null | undefined) => (
    <Table.Tr key={label}>
      <Table.Th scope="row">{label}</Table.Th>
      <Table.Td>{value ? <Code style={{ wordBreak: 'break-all' }}>{value}</Code> : <Text size="sm">{t('forums.record.notYet')}</Text>}</Table.Td>
    </Table.Tr>
  );

  return (
    <Stack>
      <PageHeader title={t('forums.record.title', { session: session.title })} lead={`${session.event.title} · ${formatSessionTime(session.startsAt, session.endsAt, i18n.language)}`} />
      {!selection ? (
        <EmptyMessage title={t('forums.record.none')} />
      ) : (
        <>
          <Text>{t('forums.record.lead')}</Text>
          <Group>
            <Paper withBorder p="md" radius="md">
              <Text size="sm" c="dimmed">
                {t('forums.record.pool')}
              </Text>
              <Text size="xl" fw={700}>
                {selection.poolIds.length}
              </Text>
            </Paper>
            <Paper withBorder p="md" radius="md">
              <Text size="sm" c="dimmed">
                {t('forums.record.panel')}
              </Text>
              <Text size="xl" fw={700}>
                {session.panelSize ?? 0}
              </Text>
            </Paper>
            <Paper withBorder p="md" radius="md">
              <Text size="sm" c="dimmed">
                {t('forums.record.minimum')}
              </Text>
              <Text size="xl" fw={700}>
                {minimum === null ? '—' : percent.format(minimum)}
              </Text>
            </Paper>
          </Group>
          <Table>
            <VisuallyHidden component="caption">{t('forums.record.values')}</VisuallyHidden>
            <Table.Tbody>
              {row(t('forums.record.algorithm'), selection.algorithm)}
              {row(t('forums.record.distributionHash'), selection.distributionHash)}
              {row(t('forums.record.secretHash'), selection.secretHash)}
              {row(t('forums.record.publicValue'), selection.publicValue)}
              {row(t('forums.record.seed'), selection.seed)}
              {row(t('forums.record.secret'), selection.secret)}
            </Table.Tbody>
          </Table>
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="record-checks">
            <Stack gap="xs">
              <Title order={2} size="h4" id="record-checks">
                {t('forums.record.checksTitle')}
              </Title>
              <Group gap="xs">
                {mark(checks?.distribution)}
                <Text size="sm">{t('forums.record.checkDistribution')}</Text>
              </Group>
              <Group gap="xs">
                {mark(checks ? checks.secret : null)}
                <Text size="sm">{t('forums.record.checkSecret')}</Text>
              </Group>
              <Group gap="xs">
                {mark(checks ? checks.seed : null)}
                <Text size="sm">{t('forums.record.checkSeed')}</Text>
              </Group>
              <Text size="sm">{t('forums.record.recompute')}</Text>
              <Group>
                <Button component="a" variant="light" download={`katilim-forum-distribution-${selection.distributionHash.slice(0, 12)}.json`} href={`data:application/json;charset=utf-8,${encodeURIComponent(selection.distribution)}`}>
                  {t('forums.record.download')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        </>
      )}
    </Stack>
  );
}
