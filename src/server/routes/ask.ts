import { Hono } from 'hono';
import type { App } from '../../app.js';
import { askInput } from '../../ask/question.js';
import { askQuestion } from '../../services/ask.js';
import { parseBody } from '../body.js';
import type { Env } from '../env.js';

/** POST /api/ask: a question in Chinese about the signed-in merchant's own numbers. */
export function askRoutes(app: App) {
  return new Hono<Env>()
    .post('/', async (c) => c.json(await askQuestion(app, c.get('merchantId'), (await parseBody(c, askInput)).question)));
}
