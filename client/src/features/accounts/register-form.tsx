import { type FragmentType } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { todayInIstanbul } from '@katilim/schema/istanbul-day';
import {
  Anchor,
  Button,
  Checkbox,
  Group,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { currentLanguage } from '../../app/i18n';
import {
  RegisterDocument,
  type ConsentModal_ConsentTextFragmentDoc,
  type DistrictSelect_DistrictFragmentDoc,
  type Gender,
} from '../../generated/graphql';
import { useForm } from '../../shared/form';
import { FormErrorAlert } from '../../shared/page';
import { ConsentModal } from './consent-modal';
import { DistrictSelect } from './district-select';
import { NameFields, PhoneField } from './person-fields';
import {
  adultBirthDateField,
  districtField,
  emailField,
  nameField,
  passwordField,
  phoneField,
} from './validation';

// Read by codegen, which turns it into the typed documents imported above.
const _graphql = /* GraphQL */ `
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      __typename
      ... on MutationRegisterSuccess {
        data {
          id
          email
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

export const GENDERS = ['WOMAN', 'MAN', 'NON_BINARY', 'UNDISCLOSED'] as const satisfies readonly Gender[];

const initialValues = {
  email: '',
  password: '',
  firstName: '',
  lastName: '',
  phone: '',
  birthDate: '',
  districtId: null as string | null,
  gender: null as Gender | null,
  consent: false,
};

export function RegisterForm({
  districts,
  consentText,
  consentVersion,
}: {
  districts: Array<FragmentType<typeof DistrictSelect_DistrictFragmentDoc>>;
  consentText: FragmentType<typeof ConsentModal_ConsentTextFragmentDoc>;
  consentVersion: string;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const form = useForm(initialValues);
  const [consentOpened, consentModal] = useDisclosure(false);
  const [register, { loading }] = useMutation(RegisterDocument);
  const today = todayInIstanbul();

  const schema = z.object({
    email: emailField(t),
    password: passwordField(t),
    firstName: nameField(t),
    lastName: nameField(t),
    phone: phoneField(t),
    birthDate: adultBirthDateField(t, today),
    districtId: districtField(t),
    gender: z.enum(GENDERS).nullable(),
    consent: z.literal(true, { error: t('validation.consent') }),
  });

  const submit = form.onSubmit(async () => {
    const input = form.parse(schema);
    if (!input) return;
    const result = await form.send(
      async () =>
        (
          await register({
            variables: {
              input: {
                email: input.email,
                password: input.password,
                firstName: input.firstName,
                lastName: input.lastName,
                phone: input.phone,
                birthDate: input.birthDate,
                districtId: input.districtId,
                gender: input.gender,
                locale: currentLanguage(i18n),
                acceptConsentVersion: consentVersion,
              },
            },
          })
        ).data?.register,
      { aliases: { acceptConsentVersion: 'consent' } },
    );
    if (!result) return;
    await navigate('/register/check-inbox', { state: { email: result.data.email } });
  });

  const { values, errors, setValue } = form;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('common.allRequired')}
        </Text>
        <FormErrorAlert message={form.formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NameFields values={values} errors={errors} setValue={setValue} />
        </SimpleGrid>
        <TextInput
          label={t('accounts.fields.email')}
          type="email"
          autoComplete="email"
          value={values.email}
          onChange={(event) => setValue('email', event.currentTarget.value)}
          error={errors.email}
          required
        />
        <PasswordInput
          label={t('accounts.fields.password')}
          description={t('accounts.fields.passwordHelp')}
          autoComplete="new-password"
          value={values.password}
          onChange={(event) => setValue('password', event.currentTarget.value)}
          error={errors.password}
          aria-invalid={errors.password ? true : undefined}
          required
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PhoneField values={values} errors={errors} setValue={setValue} />
          <TextInput
            label={t('accounts.fields.birthDate')}
            description={t('accounts.fields.birthDateHelp')}
            type="date"
            autoComplete="bday"
            max={today}
            min="1900-01-01"
            value={values.birthDate}
            onChange={(event) => setValue('birthDate', event.currentTarget.value)}
            error={errors.birthDate}
            required
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DistrictSelect
            districts={districts}
            value={values.districtId}
            onChange={(value) => setValue('districtId', value)}
            error={errors.districtId}
          />
          <GenderSelect
            value={values.gender}
            onChange={(value) => setValue('gender', value)}
            error={errors.gender}
          />
        </SimpleGrid>
        <Stack gap={4}>
          <Checkbox
            label={t('accounts.consent.checkbox')}
            checked={values.consent}
            onChange={(event) => setValue('consent', event.currentTarget.checked)}
            error={errors.consent}
            required
          />
          <Group pl={32}>
            <Anchor component="button" type="button" size="sm" onClick={consentModal.open}>
              {t('accounts.consent.read')}
            </Anchor>
          </Group>
        </Stack>
        <ConsentModal
          consentText={consentText}
          opened={consentOpened}
          onClose={consentModal.close}
          onAccept={() => {
            setValue('consent', true);
            consentModal.close();
          }}
        />
        <Button type="submit" size="md" loading={loading}>
          {t('accounts.register.submit')}
        </Button>
      </Stack>
    </form>
  );
}

export function GenderSelect({
  value,
  onChange,
  error,
}: {
  value: Gender | null;
  onChange: (value: Gender | null) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('accounts.fields.gender')}
      description={t('accounts.fields.genderHelp')}
      placeholder={t('accounts.fields.genderPlaceholder')}
      data={GENDERS.map((gender) => ({ value: gender, label: t(`genders.${gender}`) }))}
      value={value}
      onChange={(next) => onChange(GENDERS.find((gender) => gender === next) ?? null)}
      error={error}
      clearable
    />
  );
}
