/** Stored copies of the showcase reads (useRemote / usePaged cache names): each opens offline once seen. */
export const BRAND_CACHE = {
  matrix: 'brands.matrix',
  brand: 'brands.brand',
  projects: 'brands.projects',
  project: 'brands.project',
  alliances: 'brands.alliances',
  alliance: 'brands.alliance',
  orgs: 'home.orgs',
  manage: 'brands.manage',
  overview: 'overview.tables',
} as const;
