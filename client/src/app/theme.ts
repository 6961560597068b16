import {
  createTheme,
  type CSSVariablesResolver,
  type PasswordInputProps,
  type SelectProps,
  type TextInputProps,
} from '@mantine/core';
import type { TFunction } from 'i18next';

/**
 * The theme carries the accessible names Mantine leaves blank or English (close and clear
 * buttons, the password eye), so it is built per language.
 *
 * Required fields stay `required` (announced by screen readers) without the visual asterisk:
 * forms say once that every field is required unless marked optional, and labels stay exact.
 */
export function createAppTheme(t: TFunction) {
  return createTheme({
    primaryColor: 'blue',
    // Shade 6 on white is below WCAG AA for text; 8 passes.
    primaryShade: { light: 8, dark: 5 },
    autoContrast: true,
    defaultRadius: 'md',
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
    headings: { fontWeight: '700' },
    components: {
      // Plain objects, not `Select.extend(...)`: that would put Select, PasswordInput and all
      // they use into the landing page's download although only some pages show them.
      TextInput: { defaultProps: { withAsterisk: false } satisfies Partial<TextInputProps> },
      Select: { defaultProps: { withAsterisk: false } satisfies Partial<SelectProps> },
      PasswordInput: {
        defaultProps: {
          withAsterisk: false,
          visibilityToggleButtonProps: { 'aria-label': t('common.showPassword') },
        } satisfies Partial<PasswordInputProps>,
      },
      CloseButton: { defaultProps: { 'aria-label': t('common.close') } },
      InputClearButton: { defaultProps: { 'aria-label': t('common.clear') } },
    },
  });
}

/**
 * Mantine's "dimmed" grey (gray.6) and error red (red.6) reach only ~3.3:1 and ~3.6:1 on
 * white; WCAG AA asks 4.5:1 for small text, which gray.7 and red.8 give.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
  },
  dark: {},
});
