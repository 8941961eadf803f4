import type { ImportKindSpec } from '../kind.js';
import type { ImportKind } from '../types.js';
import { buyers } from './buyers.js';
import { keywords } from './keywords.js';
import { orders } from './orders.js';
import { posts } from './posts.js';
import { products } from './products.js';
import { reviews } from './reviews.js';

export const importKinds: { [K in ImportKind]: ImportKindSpec<K, any> } = { reviews, posts, products, orders, buyers, keywords };
