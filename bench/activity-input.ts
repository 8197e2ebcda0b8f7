// The volunteer activity the load benches publish through the API: open to everyone, starting in
// three days, sign-up and cancelling open for two.
import type { ActionInput } from '../contracts/api';

const HOUR = 3_600_000;

export function benchActivityInput(title: string, capacity: number, requestId: string): ActionInput<'volunteer', 'save'> {
  const at = (h: number) => new Date(Date.now() + h * HOUR).toISOString();
  const signupCloses = at(48);
  return {
    requestId,
    title,
    cover: null,
    description: '压测活动',
    place: { name: '南四湖', lat: null, lng: null },
    startAt: at(72),
    endAt: at(74),
    signupDeadline: signupCloses,
    cancelDeadline: signupCloses,
    capacity,
    waitlist: true,
    serviceHours: 2,
    pointsItemId: null,
    audience: 'public',
  };
}
