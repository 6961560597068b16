import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n';

/**
 * With two languages, one button that names the other one in its own language
 * ("English" / "Türkçe") is the quickest switch, and reads right to a screen reader.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = currentLanguage(i18n) === 'tr' ? 'en' : 'tr';
  return (
    <Button
      variant="default"
      size="xs"
      lang={other}
      onClick={() => void i18n.changeLanguage(other)}
    >
      {t(`language.${other}`)}
    </Button>
  );
}
