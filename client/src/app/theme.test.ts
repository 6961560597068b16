import { DEFAULT_THEME, defaultCssVariablesResolver, isLightColor, luminance, mergeMantineTheme } from '@mantine/core';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { createAppTheme, cssVariablesResolver } from './theme';

const theme = mergeMantineTheme(DEFAULT_THEME, createAppTheme(((key: string) => key) as unknown as TFunction));
// What the browser ends up with in the light scheme: Mantine's variables, then ours on top.
const variables: Record<string, string> = {
  ...defaultCssVariablesResolver(theme).variables,
  ...defaultCssVariablesResolver(theme).light,
  ...cssVariablesResolver(theme).variables,
  ...cssVariablesResolver(theme).light,
};

function resolve(value: string): string {
  const reference = /^var\((--[\w-]+)\)$/.exec(value);
  if (!reference) return value;
  const shade = /^--mantine-color-(\w+)-(\d)$/.exec(reference[1]!);
  if (shade) return theme.colors[shade[1]!]![Number(shade[2])]!;
  const next = variables[reference[1]!];
  if (next === undefined) throw new Error(`unknown variable ${reference[1]}`);
  return resolve(next);
}

function contrast(foreground: string, background: string): number {
  const [light, dark] = [luminance(resolve(foreground)), luminance(resolve(background))].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

const AA = 4.5;
const shade = typeof theme.primaryShade === 'number' ? theme.primaryShade : theme.primaryShade.light;
const palettes = Object.keys(theme.colors).filter((name) => name !== 'dark');

describe('theme colours reach WCAG AA (4.5:1) for small text in the light scheme', () => {
  it.each(palettes)('%s: light badges and buttons, at rest and hovered', (name) => {
    expect(contrast(`var(--mantine-color-${name}-light-color)`, `var(--mantine-color-${name}-light)`)).toBeGreaterThanOrEqual(AA);
    expect(contrast(`var(--mantine-color-${name}-light-color)`, `var(--mantine-color-${name}-light-hover)`)).toBeGreaterThanOrEqual(AA);
  });

  it.each(palettes)('%s: filled badges and buttons, with the text colour autoContrast picks', (name) => {
    const text = isLightColor(theme.colors[name]![shade]!, theme.luminanceThreshold) ? theme.black : theme.white;
    expect(contrast(text, `var(--mantine-color-${name}-filled)`)).toBeGreaterThanOrEqual(AA);
    expect(contrast(text, `var(--mantine-color-${name}-filled-hover)`)).toBeGreaterThanOrEqual(AA);
  });

  it.each(palettes)('%s: coloured text and outlines on white', (name) => {
    expect(contrast(`var(--mantine-color-${name}-text)`, theme.white)).toBeGreaterThanOrEqual(AA);
    expect(contrast(`var(--mantine-color-${name}-outline)`, theme.white)).toBeGreaterThanOrEqual(AA);
  });

  it('placeholder text on white', () => {
    expect(contrast('var(--mantine-color-placeholder)', theme.white)).toBeGreaterThanOrEqual(AA);
  });

  it.each(['dimmed', 'error', 'success', 'anchor'])('%s text on white and on the primary tint', (role) => {
    expect(contrast(`var(--mantine-color-${role})`, theme.white)).toBeGreaterThanOrEqual(AA);
    expect(contrast(`var(--mantine-color-${role})`, 'var(--mantine-primary-color-light)')).toBeGreaterThanOrEqual(AA);
  });
});
