import type { ReactElement } from 'react';
import { Home } from './pages/Home.js';
import { ImportPage } from './pages/Import.js';
import { ScorecardPage } from './pages/Scorecard.js';
import { CustomersPage } from './pages/Customers.js';
import { MarketsPage } from './pages/Markets.js';
import { ProfitPage } from './pages/Profit.js';
import { PainPointsPage } from './pages/PainPoints.js';
import { OpportunitiesPage } from './pages/Opportunities.js';
import { LaunchPage } from './pages/Launch.js';
import { ConceptsPage } from './pages/Concepts.js';
import { TasksPage } from './pages/Tasks.js';
import { ApprovalsPage } from './pages/Approvals.js';
import { AuditPage } from './pages/Audit.js';
import { TrendsPage } from './pages/Trends.js';

export interface PageRoute {
  path: string;
  /** Message key of the navigation label. */
  navKey: string;
  element: ReactElement;
  /** One of the phone's bottom tabs (at most four, plus 更多 for the rest). */
  tab?: true;
}

/** Every page of the signed-in app, in navigation order. Capabilities append theirs. */
export const pageRoutes: PageRoute[] = [
  { path: '/', navKey: 'nav.home', element: <Home />, tab: true },
  { path: '/painpoints', navKey: 'nav.painpoints', element: <PainPointsPage />, tab: true },
  { path: '/trends', navKey: 'nav.trends', element: <TrendsPage /> },
  { path: '/opportunities', navKey: 'nav.opportunities', element: <OpportunitiesPage />, tab: true },
  { path: '/launch', navKey: 'nav.launch', element: <LaunchPage /> },
  { path: '/concepts', navKey: 'nav.concepts', element: <ConceptsPage /> },
  { path: '/customers', navKey: 'nav.customers', element: <CustomersPage /> },
  { path: '/markets', navKey: 'nav.markets', element: <MarketsPage /> },
  { path: '/profit', navKey: 'nav.profit', element: <ProfitPage /> },
  { path: '/tasks', navKey: 'nav.tasks', element: <TasksPage /> },
  { path: '/approvals', navKey: 'nav.approvals', element: <ApprovalsPage />, tab: true },
  { path: '/audit', navKey: 'nav.audit', element: <AuditPage /> },
  { path: '/import', navKey: 'nav.import', element: <ImportPage /> },
  { path: '/scorecard', navKey: 'nav.scorecard', element: <ScorecardPage /> },
];
