import { z } from 'zod';

/** A question as the box sends it: a sentence, not a document (200 characters hold any real question). */
export const askInput = z.object({ question: z.string().trim().min(1).max(200) });
