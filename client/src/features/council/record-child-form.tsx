import { todayInIstanbul } from '@katilim/schema/istanbul-day';
import { Button, Checkbox, FileInput, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentPurpose, Gender, Locale } from '../../generated/graphql';
import { FormErrorAlert } from '../../shared/page';

export const PURPOSES = ['COUNCIL_PARTICIPATION', 'COUNCIL_MEDIA', 'COUNCIL_TRIPS', 'COUNCIL_CHILD_CONTACT'] as const;
export type Purpose = (typeof PURPOSES)[number];

export type ChildFormValues = {
  firstName: string;
  lastName: string;
  birthDate: string;
  gender: Gender | null;
  school: string;
  districtId: number;
  email: string | null;
  phone: string | null;
  guardian: { firstName: string; lastName: string; relationship: string; phone: string; email: string | null; locale: Locale } | null;
  consents: { purpose: ConsentPurpose; givenOn: string; scan: { base64: string } | null }[];
};

/** A file's bytes as base64, for the scan field of a consent. */
export async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}


/**
 * Recording a child: the child, the guardian (on paper) and a consent per purpose. On paper each
 * consent takes the date it was signed and the scan of the form; in the app (a guardian for their own
 * child) each purpose is ticked after its text is read.
 */
export function RecordChildForm({
  mode,
  districts,
  texts,
  onSubmit,
  onCancel,
}: {
  mode: 'PAPER' | 'IN_APP';
  districts: readonly { id: number; name: string }[];
  texts: Partial<Record<Purpose, string>>;
  onSubmit: (values: ChildFormValues) => Promise<string | null>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [given, setGiven] = useState<Record<Purpose, boolean>>({ COUNCIL_PARTICIPATION: false, COUNCIL_MEDIA: false, COUNCIL_TRIPS: false, COUNCIL_CHILD_CONTACT: false });
  const [dates, setDates] = useState<Record<Purpose, string>>(() => Object.fromEntries(PURPOSES.map((p) => [p, todayInIstanbul()])) as Record<Purpose, string>);
  const [scans, setScans] = useState<Partial<Record<Purpose, File | null>>>({});
  const [district, setDistrict] = useState<string | null>(null);
  const [gender, setGender] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim();
    setError(null);
    setBusy(true);
    try {
      const consents = [];
      for (const purpose of PURPOSES) {
        if (!given[purpose]) continue;
        const file = scans[purpose];
        consents.push({ purpose, givenOn: dates[purpose], scan: mode === 'PAPER' && file ? { base64: await base64Of(file) } : null });
      }
      const message = await onSubmit({
        firstName: text('firstName'),
        lastName: text('lastName'),
        birthDate: text('birthDate'),
        gender: (gender as Gender | null) ?? null,
        school: text('school'),
        districtId: Number(district ?? 0),
        email: text('email') || null,
        phone: text('phone') || null,
        guardian:
          mode === 'PAPER'
            ? { firstName: text('guardianFirstName'), lastName: text('guardianLastName'), relationship: text('relationship'), phone: text('guardianPhone'), email: text('guardianEmail') || null, locale: (text('guardianLocale') || 'tr') as Locale }
            : null,
        consents,
      });
      setError(message);
    } catch {
      setError(t('common.networkError'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack>
        <FormErrorAlert message={error} />
        <Title order={3} size="h5">
          {t('council.members.childSection')}
        </Title>
        <Group grow wrap="wrap">
          <TextInput name="firstName" label={t('council.members.firstName')} required />
          <TextInput name="lastName" label={t('council.members.lastName')} required />
        </Group>
        <Group grow wrap="wrap">
          <TextInput name="birthDate" type="date" label={t('council.members.birthDate')} required />
          <Select
            label={t('council.members.gender')}
            value={gender}
            onChange={setGender}
            clearable
            data={(['WOMAN', 'MAN', 'NON_BINARY', 'UNDISCLOSED'] as const).map((value) => ({ value, label: t(`council.members.genders.${value}`) }))}
          />
        </Group>
        <Group grow wrap="wrap">
          <TextInput name="school" label={t('council.members.school')} required />
          <Select label={t('council.members.district')} required searchable value={district} onChange={setDistrict} data={districts.map((d) => ({ value: String(d.id), label: d.name }))} />
        </Group>
        <Group grow wrap="wrap">
          <TextInput name="email" type="email" label={t('council.members.childEmail')} />
          <TextInput name="phone" type="tel" label={t('council.members.childPhone')} />
        </Group>
        {mode === 'PAPER' ? (
          <>
            <Title order={3} size="h5">
              {t('council.members.guardianSection')}
            </Title>
            <Group grow wrap="wrap">
              <TextInput name="guardianFirstName" label={t('council.members.guardianFirstName')} required />
              <TextInput name="guardianLastName" label={t('council.members.guardianLastName')} required />
              <TextInput name="relationship" label={t('council.members.relationship')} required />
            </Group>
            <Group grow wrap="wrap">
              <TextInput name="guardianPhone" type="tel" label={t('council.members.guardianPhone')} required />
              <TextInput name="guardianEmail" type="email" label={t('council.members.guardianEmail')} />
              <Select
                name="guardianLocale"
                label={t('council.members.guardianLocale')}
                defaultValue="tr"
                allowDeselect={false}
                data={[
                  { value: 'tr', label: 'Türkçe' },
                  { value: 'en', label: 'English' },
                ]}
              />
            </Group>
          </>
        ) : null}
        <Title order={3} size="h5">
          {t('council.members.consentsSection')}
        </Title>
        {PURPOSES.map((purpose) => (
          <Paper key={purpose} withBorder p="sm" radius="md">
            <Stack gap="xs">
              <Checkbox
                label={t(`council.members.purposes.${purpose}`)}
                checked={given[purpose]}
                onChange={(event) => {
                  const checked = event.currentTarget.checked;
                  setGiven((current) => ({ ...current, [purpose]: checked }));
                }}
              />
              <Text size="xs" c="dimmed">
                {texts[purpose] ?? ''}
              </Text>
              {given[purpose] && mode === 'PAPER' ? (
                <Group grow wrap="wrap">
                  <TextInput
                    type="date"
                    label={t('council.members.givenOn')}
                    value={dates[purpose]}
                    onChange={(event) => {
                      const value = event.currentTarget.value;
                      setDates((current) => ({ ...current, [purpose]: value }));
                    }}
                  />
                  <FileInput
                    label={t('council.members.scan')}
                    description={t('council.members.scanHelp')}
                    accept="application/pdf,image/jpeg,image/png"
                    value={scans[purpose] ?? null}
                    onChange={(file) => setScans((current) => ({ ...current, [purpose]: file }))}
                    clearable
                  />
                </Group>
              ) : null}
            </Stack>
          </Paper>
        ))}
        <Group justify="flex-end">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
          <Button type="submit" loading={busy}>
            {t('council.members.recordSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
