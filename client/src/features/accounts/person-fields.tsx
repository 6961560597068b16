import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type ContactValues = { firstName: string; lastName: string; phone: string };
type ContactErrors = Partial<Record<keyof ContactValues, string | undefined>>;
type SetContact = (field: keyof ContactValues, value: string) => void;

/** First and last name inputs, as the register and profile forms both ask for them. */
export function NameFields({ values, errors, setValue }: { values: ContactValues; errors: ContactErrors; setValue: SetContact }) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        label={t('accounts.fields.firstName')}
        autoComplete="given-name"
        value={values.firstName}
        onChange={(event) => setValue('firstName', event.currentTarget.value)}
        error={errors.firstName}
        required
      />
      <TextInput
        label={t('accounts.fields.lastName')}
        autoComplete="family-name"
        value={values.lastName}
        onChange={(event) => setValue('lastName', event.currentTarget.value)}
        error={errors.lastName}
        required
      />
    </>
  );
}

/** The mobile phone input, with the Turkish example as help. */
export function PhoneField({ values, errors, setValue }: { values: ContactValues; errors: ContactErrors; setValue: SetContact }) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('accounts.fields.phone')}
      description={t('accounts.fields.phoneHelp')}
      type="tel"
      inputMode="tel"
      autoComplete="tel"
      value={values.phone}
      onChange={(event) => setValue('phone', event.currentTarget.value)}
      error={errors.phone}
      required
    />
  );
}
