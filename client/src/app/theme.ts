import {
  createTheme,
  darken,
  isLightColor,
  luminance,
  type CSSVariablesResolver,
  type MantineTheme,
  type NotificationProps,
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
    // People who ask their system for less motion get none: dialogs and notifications appear at once.
    respectReducedMotion: true,
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
      // With a title, Mantine greys the message to gray.6 (3.3:1 on white); dimmed reads at AA.
      // A plain object, not Notification.extend(): the theme must not pull components into the first download.
      Notification: {
        styles: (_theme: MantineTheme, props: NotificationProps) => (props.title ? { description: { color: 'var(--mantine-color-dimmed)' } } : {}),
      },
      CloseButton: { defaultProps: { 'aria-label': t('common.close') } },
      InputClearButton: { defaultProps: { 'aria-label': t('common.clear') } },
    },
  });
}

// A little above 4.5:1, WCAG AA for small text: browsers blend and round colours.
const AA_TARGET = 4.6;

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** `color` darkened in small steps until it reads at AA against `other` (darker than both). */
function readableWith(color: string, other: string): string {
  let candidate = color;
  for (let amount = 0.02; contrast(candidate, other) < AA_TARGET && amount < 1; amount += 0.02) {
    candidate = darken(color, amount);
  }
  return candidate;
}

/**
 * Mantine's stock palettes put several colours below AA in its own variants: shade 9 on the light
 * tint (teal 4.3:1, orange 3.6:1, yellow 2.7:1), white on green or teal fills, orange or green text
 * on white. Every palette's variant colours are darkened just enough here, so a badge or button in
 * any colour, in any module, passes without a per-component fix; the hues stay the same.
 */
export function accessibleColorVariables(theme: MantineTheme): Record<string, string> {
  const shade = typeof theme.primaryShade === 'number' ? theme.primaryShade : theme.primaryShade.light;
  const variables: Record<string, string> = {};
  for (const [name, palette] of Object.entries(theme.colors)) {
    if (name === 'dark') continue;
    const base = palette[shade]!;
    const onWhite = readableWith(base, theme.white);
    variables[`--mantine-color-${name}-text`] = onWhite;
    variables[`--mantine-color-${name}-outline`] = onWhite;
    // Light variants: the hover tint (shade 2) is the darker of the two backgrounds.
    variables[`--mantine-color-${name}-light-color`] = readableWith(palette[9]!, palette[2]!);
    // autoContrast writes black on a light fill (yellow, lime), which reads; white needs a dark one.
    if (!isLightColor(base, theme.luminanceThreshold)) {
      variables[`--mantine-color-${name}-filled`] = onWhite;
      variables[`--mantine-color-${name}-filled-hover`] = darken(onWhite, 0.1);
    }
  }
  return variables;
}

/**
 * Mantine's "dimmed" grey (gray.6) and error red (red.6) reach only ~3.3:1 and ~3.6:1 on white;
 * the text roles are darkened until they read at AA on white and on the primary tint (selected
 * cards, active links), whichever is darker.
 */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => {
  const primary = theme.colors[theme.primaryColor]!;
  const tint = primary[1]!;
  const shade = typeof theme.primaryShade === 'number' ? theme.primaryShade : theme.primaryShade.light;
  return {
    variables: {},
    light: {
      ...accessibleColorVariables(theme),
      '--mantine-color-dimmed': readableWith(theme.colors.gray![7]!, tint),
      '--mantine-color-error': readableWith(theme.colors.red![8]!, tint),
      '--mantine-color-success': readableWith(theme.colors.teal![8]!, tint),
      '--mantine-color-anchor': readableWith(primary[shade]!, tint),
      // Placeholders are text too (WCAG 1.4.3); gray.5 gives 2.6:1.
      '--mantine-color-placeholder': readableWith(theme.colors.gray![6]!, theme.white),
    },
    dark: {},
  };
};
