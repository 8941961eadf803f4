/**
 * The recurring marketplace events a small shop can sign up for. Discounts are what the platform
 * asks of participants (cross-shop 满减 works out near 15 % for 双11/618, about 10 % for the others);
 * uplift priors are planning guesses for a shop with no history of its own, replaced by the shop's
 * measured lift as soon as its orders cover an earlier run of the same event.
 */
export interface PlatformEvent {
  id: string;
  name: string;
  platforms: string[];
  /** Month (1–12) and day the event starts and ends, inclusive. */
  start: [number, number];
  end: [number, number];
  requiredDiscount: number;
  upliftPrior: number;
}

export const PLATFORM_EVENTS: PlatformEvent[] = [
  { id: 'spring-goods', name: '年货节', platforms: ['淘宝', '京东', '拼多多', '抖音'], start: [1, 5], end: [1, 20], requiredDiscount: 0.1, upliftPrior: 1.5 },
  { id: 'womens-day', name: '38女王节', platforms: ['淘宝', '京东', '抖音'], start: [3, 1], end: [3, 8], requiredDiscount: 0.1, upliftPrior: 1.3 },
  { id: '618', name: '618年中大促', platforms: ['淘宝', '京东', '拼多多', '抖音'], start: [6, 1], end: [6, 18], requiredDiscount: 0.15, upliftPrior: 2.5 },
  { id: '99', name: '99划算节', platforms: ['淘宝'], start: [9, 5], end: [9, 9], requiredDiscount: 0.1, upliftPrior: 1.5 },
  { id: 'double-11', name: '双11', platforms: ['淘宝', '京东', '拼多多', '抖音'], start: [10, 20], end: [11, 11], requiredDiscount: 0.15, upliftPrior: 3 },
  { id: 'double-12', name: '双12', platforms: ['淘宝', '拼多多'], start: [12, 1], end: [12, 12], requiredDiscount: 0.1, upliftPrior: 1.6 },
];

const DAY_MS = 86_400_000;

export interface EventWindow {
  event: PlatformEvent;
  /** ISO dates (YYYY-MM-DD), inclusive. */
  startsOn: string;
  endsOn: string;
  days: number;
}

function windowIn(event: PlatformEvent, year: number): EventWindow {
  const start = Date.UTC(year, event.start[0] - 1, event.start[1]);
  const end = Date.UTC(year, event.end[0] - 1, event.end[1]);
  return {
    event,
    startsOn: new Date(start).toISOString().slice(0, 10),
    endsOn: new Date(end).toISOString().slice(0, 10),
    days: Math.round((end - start) / DAY_MS) + 1,
  };
}

/** Event runs starting after `today` and within `horizonDays`, soonest first. */
export function upcomingEvents(today: string, horizonDays: number, events = PLATFORM_EVENTS): EventWindow[] {
  const now = Date.parse(today.slice(0, 10));
  const year = new Date(now).getUTCFullYear();
  return events
    .flatMap((e) => [windowIn(e, year), windowIn(e, year + 1)])
    .filter((w) => {
      const start = Date.parse(w.startsOn);
      return start > now && start - now <= horizonDays * DAY_MS;
    })
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn));
}

/** The same event one year earlier, to measure the shop's own lift. */
export function previousRun(window: EventWindow): EventWindow {
  return windowIn(window.event, Number(window.startsOn.slice(0, 4)) - 1);
}

export const addDays = (isoDate: string, days: number) => new Date(Date.parse(isoDate.slice(0, 10)) + days * DAY_MS).toISOString().slice(0, 10);
