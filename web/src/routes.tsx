import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * Each page is its own chunk, loaded when first opened: the login and the app's frame come down without the
 * charts (recharts) and forms of the other twelve. `load` imports the page module, `name` is its export.
 */
function page<M>(load: () => Promise<M>, name: keyof M): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

export interface PageRoute {
  path: string;
  /** Message key of the navigation label. */
  navKey: string;
  Page: LazyExoticComponent<ComponentType>;
  /** One of the phone's bottom tabs (at most four, plus 更多 for the rest). */
  tab?: true;
}

/** Every page of the signed-in app, in navigation order. Capabilities append theirs. */
export const pageRoutes: PageRoute[] = [
  { path: '/', navKey: 'nav.home', Page: page(() => import('./pages/Home.js'), 'Home'), tab: true },
  { path: '/painpoints', navKey: 'nav.painpoints', Page: page(() => import('./pages/PainPoints.js'), 'PainPointsPage'), tab: true },
  { path: '/trends', navKey: 'nav.trends', Page: page(() => import('./pages/Trends.js'), 'TrendsPage') },
  { path: '/opportunities', navKey: 'nav.opportunities', Page: page(() => import('./pages/Opportunities.js'), 'OpportunitiesPage'), tab: true },
  { path: '/launch', navKey: 'nav.launch', Page: page(() => import('./pages/Launch.js'), 'LaunchPage') },
  { path: '/concepts', navKey: 'nav.concepts', Page: page(() => import('./pages/Concepts.js'), 'ConceptsPage') },
  { path: '/materials', navKey: 'nav.materials', Page: page(() => import('./pages/Materials.js'), 'MaterialsPage') },
  { path: '/customers', navKey: 'nav.customers', Page: page(() => import('./pages/Customers.js'), 'CustomersPage') },
  { path: '/markets', navKey: 'nav.markets', Page: page(() => import('./pages/Markets.js'), 'MarketsPage') },
  { path: '/profit', navKey: 'nav.profit', Page: page(() => import('./pages/Profit.js'), 'ProfitPage') },
  { path: '/tasks', navKey: 'nav.tasks', Page: page(() => import('./pages/Tasks.js'), 'TasksPage') },
  { path: '/approvals', navKey: 'nav.approvals', Page: page(() => import('./pages/Approvals.js'), 'ApprovalsPage'), tab: true },
  { path: '/audit', navKey: 'nav.audit', Page: page(() => import('./pages/Audit.js'), 'AuditPage') },
  { path: '/import', navKey: 'nav.import', Page: page(() => import('./pages/Import.js'), 'ImportPage') },
  { path: '/scorecard', navKey: 'nav.scorecard', Page: page(() => import('./pages/Scorecard.js'), 'ScorecardPage') },
];
