/** Who acts on a proposal: "account:<id>", "cli:<user>", "agent:<name>" or "system", with a readable name. */
export interface Actor {
  id: string;
  label: string | null;
}

export const SYSTEM: Actor = { id: 'system', label: null };
export const agentActor = (agent: string): Actor => ({ id: `agent:${agent}`, label: agent });
