/**
 * The design tokens that APIs take as values rather than classes (modal buttons, switches,
 * progress bars, spinners). They mirror styles/tokens.scss; a test keeps the two equal.
 */
export const TOKENS = {
  red: '#c8102e',
  gold: '#f5c518',
  ink3: '#6e6e6e',
} as const;
