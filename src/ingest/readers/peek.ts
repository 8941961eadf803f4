/** Reads the first chunk of a stream and hands back a stream that still starts with it. */
export async function peekFirst<T>(input: AsyncIterable<T>): Promise<{ first: T | undefined; all: AsyncIterable<T> }> {
  const iterator = input[Symbol.asyncIterator]();
  const head = await iterator.next();
  async function* all() {
    if (head.done) return;
    yield head.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { first: head.done ? undefined : head.value, all: all() };
}
