import { z } from 'zod';
import type { AgentRole } from '../../domain/agent-roles.js';

/** What each job takes, parsed at the edge (CLI flags, API bodies) before any agent runs. */
export const taskInputSchemas = {
  manager: { plan: z.object({ run: z.boolean().default(false) }) },
  product: {
    listing: z.object({ productId: z.string().min(1) }),
    materials: z.object({ photoId: z.string().min(1), productId: z.string().min(1).optional(), variants: z.number().int().min(1).max(4).default(1) }),
  },
  service: {
    answer: z.object({ productId: z.string().min(1), question: z.string().trim().min(1).max(500) }),
    winBack: z.object({ buyerId: z.string().trim().min(1).max(200) }),
  },
  promotion: {
    keywords: z.object({}),
    test_kit: z.object({ photoId: z.string().min(1), productId: z.string().min(1).optional(), conceptTestId: z.string().min(1).optional(), variants: z.number().int().min(2).max(4).default(3) }),
  },
  /** Optionally for one channel or region only (from the markets page): the events and effects of its sales alone. */
  campaign: { campaigns: z.object({ channel: z.string().trim().min(1).max(100).optional(), region: z.string().trim().min(1).max(100).optional() }) },
} satisfies Record<AgentRole, Record<string, z.ZodType>>;

export type TaskInputs = { [R in keyof typeof taskInputSchemas]: { [T in keyof (typeof taskInputSchemas)[R]]: z.infer<(typeof taskInputSchemas)[R][T]> } };
