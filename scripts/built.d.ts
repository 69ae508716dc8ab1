/** Builds the named workspace projects when their sources changed (Nx cache). */
export function ensureBuilt(...projects: string[]): void;
