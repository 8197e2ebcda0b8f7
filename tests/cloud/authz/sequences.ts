import type { World } from './fixtures';

export const sequences: Record<string, (w: World) => Promise<void>> = {};
