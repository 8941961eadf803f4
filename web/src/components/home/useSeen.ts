import { useEffect, useRef, useState, type RefObject } from 'react';

// Start a little before the card scrolls in, so its numbers are usually there when the owner arrives.
const LOOKAHEAD = '200px';

/** True once the element has come into view, and from then on: lets a card wait with a costly report until it is looked at. */
export function useSeen<T extends Element>(): [RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (seen || !element) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setSeen(true);
    }, { rootMargin: LOOKAHEAD });
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen]);
  return [ref, seen];
}
