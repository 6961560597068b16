import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, NumberInput, Paper, Select, Skeleton, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MonitoringReferencePageDocument, SetMonitoringPopulationsDocument, SetMonitoringTargetsDocument } from '../../generated/graphql';
import { refusalOf } from '../../shared/form';
import { FormErrorAlert, PageHeader, QueryError } from '../../shared/page';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  query MonitoringReferencePage($year: Int!) {
    monitoringPopulations(year: $year) {
      districtId
      districtName
      population
      year
      source
    }
    monitoringTargets(year: $year) {
      metric
      label
      unit
      value
    }
  }
  mutation SetMonitoringPopulations($input: SetMonitoringPopulationsInput!) {
    setMonitoringPopulations(input: $input) {
      __typename
      ... on MutationSetMonitoringPopulationsSuccess {
        data {
          districtId
          population
          year
          source
        }
      }
      ... on Error {
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
  mutation SetMonitoringTargets($input: SetMonitoringTargetsInput!) {
    setMonitoringTargets(input: $input) {
      __typename
      ... on MutationSetMonitoringTargetsSuccess {
        data {
          metric
          value
        }
      }
      ... on Error {
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
`;

/** "İzleme ayarları" (admins): districts' populations with their source, and the year's targets. */
export function ReferencePage() {
  const { t } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const { data, error, refetch } = useQuery(MonitoringReferencePageDocument, { variables: { year } });
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear + 1 - i));
  return (
    <Stack>
      <PageHeader title={t('monitoring.reference.title')} lead={t('monitoring.reference.lead')} />
      <Select label={t('monitoring.reference.year')} data={years} value={String(year)} allowDeselect={false} onChange={(value) => value && setYear(Number(value))} w={160} />
      {error && !data ? <QueryError onRetry={() => void refetch()} /> : !data ? <Skeleton height={400} /> : <ReferenceForms key={year} year={year} data={data} />}
    </Stack>
  );
}

type ReferenceData = { monitoringPopulations: readonly { districtId: number; districtName: string; population?: number | null; year?: number | null; source?: string | null }[]; monitoringTargets: readonly { metric: string; label: string; unit: string; value?: number | null }[] };

/** The two forms of a year, starting from what is in force (an earlier year's populations are offered; saving writes them for this year). */
function ReferenceForms({ year, data }: { year: number; data: ReferenceData }) {
  const { t } = useTranslation();
  const [populations, setPopulations] = useState<Record<number, number | ''>>(() => Object.fromEntries(data.monitoringPopulations.map((row) => [row.districtId, row.population ?? ''])));
  const [source, setSource] = useState(() => data.monitoringPopulations.find((row) => row.source)?.source ?? '');
  const [targets, setTargets] = useState<Record<string, number | ''>>(() => Object.fromEntries(data.monitoringTargets.map((row) => [row.metric, row.value ?? ''])));
  const [refusal, setRefusal] = useState<string | null>(null);
  const [savePopulations, { loading: savingPopulations }] = useMutation(SetMonitoringPopulationsDocument, { refetchQueries: [MonitoringReferencePageDocument] });
  const [saveTargets, { loading: savingTargets }] = useMutation(SetMonitoringTargetsDocument, { refetchQueries: [MonitoringReferencePageDocument] });

  const submitPopulations = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    const rows = Object.entries(populations).flatMap(([districtId, population]) => (population === '' ? [] : [{ districtId: Number(districtId), population }]));
    try {
      const answer = (await savePopulations({ variables: { input: { year, source, rows } } })).data?.setMonitoringPopulations;
      const refused = refusalOf(answer);
      if (refused) setRefusal(refused);
      else notifications.show({ color: 'teal', message: t('monitoring.reference.saved') });
    } catch {
      setRefusal(t('common.networkError'));
    }
  };

  const submitTargets = async (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    const rows = Object.entries(targets).flatMap(([metric, value]) => (value === '' ? [] : [{ metric, value }]));
    try {
      const answer = (await saveTargets({ variables: { input: { year, targets: rows } } })).data?.setMonitoringTargets;
      const refused = refusalOf(answer);
      if (refused) setRefusal(refused);
      else notifications.show({ color: 'teal', message: t('monitoring.reference.saved') });
    } catch {
      setRefusal(t('common.networkError'));
    }
  };

  return (
    <>
      <FormErrorAlert message={refusal} />
      <Paper withBorder p="md" radius="md" component="form" aria-labelledby="reference-targets" onSubmit={(event) => void submitTargets(event)}>
            <Stack>
              <Title order={2} size="h3" id="reference-targets">
                {t('monitoring.reference.targets', { year })}
              </Title>
              <Table striped>
                <VisuallyHidden component="caption">{t('monitoring.reference.targets', { year })}</VisuallyHidden>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('monitoring.dashboard.figure')}</Table.Th>
                    <Table.Th scope="col">{t('monitoring.reference.target')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.monitoringTargets
                    .filter((row) => row.unit !== 'rate')
                    .map((row) => (
                      <Table.Tr key={row.metric}>
                        <Table.Th scope="row">{row.label}</Table.Th>
                        <Table.Td>
                          <NumberInput aria-label={t('monitoring.reference.targetOf', { figure: row.label })} min={0} value={targets[row.metric] ?? ''} onChange={(value) => setTargets((current) => ({ ...current, [row.metric]: typeof value === 'number' ? value : '' }))} maw={180} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                </Table.Tbody>
              </Table>
              <Group>
                <Button type="submit" loading={savingTargets}>
                  {t('monitoring.reference.saveTargets')}
                </Button>
              </Group>
            </Stack>
          </Paper>
          <Paper withBorder p="md" radius="md" component="form" aria-labelledby="reference-populations" onSubmit={(event) => void submitPopulations(event)}>
            <Stack>
              <Title order={2} size="h3" id="reference-populations">
                {t('monitoring.reference.populations', { year })}
              </Title>
              <Text size="sm">{t('monitoring.reference.populationsLead')}</Text>
              <TextInput label={t('monitoring.reference.source')} description={t('monitoring.reference.sourceHint')} required maxLength={200} value={source} onChange={(event) => setSource(event.currentTarget.value)} />
              <Table striped>
                <VisuallyHidden component="caption">{t('monitoring.reference.populations', { year })}</VisuallyHidden>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('monitoring.dashboard.district')}</Table.Th>
                    <Table.Th scope="col">{t('monitoring.thin.population')}</Table.Th>
                    <Table.Th scope="col">{t('monitoring.reference.enteredFor')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.monitoringPopulations.map((row) => (
                    <Table.Tr key={row.districtId}>
                      <Table.Th scope="row">{row.districtName}</Table.Th>
                      <Table.Td>
                        <NumberInput aria-label={t('monitoring.reference.populationOf', { district: row.districtName })} min={1} thousandSeparator="." decimalSeparator="," value={populations[row.districtId] ?? ''} onChange={(value) => setPopulations((current) => ({ ...current, [row.districtId]: typeof value === 'number' ? value : '' }))} maw={180} />
                      </Table.Td>
                      <Table.Td>{row.year ?? '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Group>
                <Button type="submit" loading={savingPopulations} disabled={!source.trim()}>
                  {t('monitoring.reference.savePopulations')}
                </Button>
              </Group>
            </Stack>
          </Paper>
    </>
  );
}
