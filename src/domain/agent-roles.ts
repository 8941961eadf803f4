/** The digital employees and the jobs each one does; `kaikuan agents <role> <task>` and /api/agents use these names. */
export const AGENT_TASKS = {
  manager: ['plan'],
  product: ['listing', 'materials'],
  service: ['answer', 'winBack'],
  promotion: ['keywords', 'test_kit'],
  campaign: ['campaigns'],
} as const;

export type AgentRole = keyof typeof AGENT_TASKS;
export const isAgentRole = (value: string): value is AgentRole => value in AGENT_TASKS;
