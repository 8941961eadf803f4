/**
 * Natural logarithm of a non-negative integer, correctly rounded to the nearest double.
 *
 * jieba scores a route by summing ln(freq) - ln(total), and where two routes tie the last bit of
 * those logarithms picks the winner. jieba-rs takes ln from glibc, which is correctly rounded on
 * every frequency in our dictionaries (checked against 40-digit decimal logarithms); V8's Math.log
 * is one ulp off for about 1% of integers (ln 3 among them). So each distinct frequency's logarithm
 * is computed once, at load time, in fixed point with far more bits than a double holds.
 */
const FRACTION_BITS = 100n;
const SCALE = 2 ** Number(FRACTION_BITS);

/** 2·atanh(p/q) = ln((q+p)/(q-p)) in fixed point, for 0 ≤ p/q ≤ 1/3 (each term gains ≥ 3 bits). */
function lnRatioFixed(p: bigint, q: bigint): bigint {
  const t = (p << FRACTION_BITS) / q;
  const t2 = (t * t) >> FRACTION_BITS;
  let sum = 0n;
  for (let power = t, k = 1n; power !== 0n; power = (power * t2) >> FRACTION_BITS, k += 2n) sum += power / k;
  return 2n * sum;
}

const LN2 = lnRatioFixed(1n, 3n);

export function correctlyRoundedLn(n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`correctlyRoundedLn takes a non-negative integer, got ${n}`);
  if (n === 0) return -Infinity;
  const big = BigInt(n);
  // n = 2^e · m with m in [1, 2); ln m = 2·atanh((m-1)/(m+1)) = 2·atanh((n-2^e)/(n+2^e)).
  const e = big.toString(2).length - 1;
  const power = 1n << BigInt(e);
  const fixed = BigInt(e) * LN2 + lnRatioFixed(big - power, big + power);
  // BigInt → Number rounds to nearest; dividing by a power of two is exact.
  return Number(fixed) / SCALE;
}
