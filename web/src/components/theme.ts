import {
  createTheme,
  DEFAULT_THEME,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

/** Darker shades than Mantine's defaults so text, buttons and errors meet WCAG AA contrast on white. */
const [g0, g1, g2, g3, g4, g5, g6, g7, g8] = DEFAULT_THEME.colors.green;
/** Mantine's green 9 (#2b8a3e) is 4.4:1 on white, short of AA for small text: a darker last shade (6.4:1). */
const green: MantineColorsTuple = [g0, g1, g2, g3, g4, g5, g6, g7, g8, '#1f6b30'];

export const theme = createTheme({
  primaryColor: 'blue',
  colors: { green },
  primaryShade: { light: 8, dark: 6 },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Apple SD Gothic Neo", "Noto Sans KR", "Malgun Gothic", sans-serif',
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-primary-color-light-color': 'var(--mantine-color-blue-9)',
    '--mantine-color-blue-light-color': 'var(--mantine-color-blue-9)',
  },
  dark: {},
});
