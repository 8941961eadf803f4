/**
 * The group of an aspect, also for aspects never seen in training: the known aspect contained in it
 * decides (物流速度 → 物流's group). When several are contained (拉杆角度), the first one written wins,
 * since buyers name the part first and then what about it (角度) is wrong; of those starting at the
 * same place, the longest. Looked up by substring (an aspect has a few dozen), not by trying each of
 * the model's known aspects, which cost ~30 µs per new aspect.
 */
export function groupOfAspect(aspect: string, groups: Record<string, string>): string {
  const exact = groups[aspect];
  if (exact) return exact;
  for (let at = 0; at < aspect.length - 1; at++) {
    for (let end = aspect.length; end - at >= 2; end--) {
      const known = aspect.slice(at, end);
      if (Object.hasOwn(groups, known)) return groups[known];
    }
  }
  return aspect;
}
