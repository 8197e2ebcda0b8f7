// The events CloudBase itself sends a function, as opposed to an app's `{ action, data }`:
//   timer trigger   { Type: 'Timer', TriggerName, Time }          (config.json "triggers")
//   message push    { MsgType: 'event', Event: 'wxa_media_check', … } (云开发 → 设置 → 消息推送)
// Only the shape is read here; whether the invocation really came from CloudBase is source.ts's job.

export interface TimerEvent {
  kind: 'timer';
  triggerName: string;
  /** When the trigger was due (CloudBase's `Time`), or null when absent or not a date. */
  time: Date | null;
  /** The trigger's attached message (CloudBase's `Message`), '' when none. */
  message: string;
}

export interface PushEvent {
  kind: 'push';
  /** The Event name the push is routed by (wxa_media_check …). */
  event: string;
  payload: Readonly<Record<string, unknown>>;
}

export type ServerEvent = TimerEvent | PushEvent;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The server event this invocation's data looks like, or null for an app's action call. */
export function serverEventOf(event: unknown): ServerEvent | null {
  if (!isRecord(event)) return null;
  if (event['Type'] === 'Timer') {
    const at = typeof event['Time'] === 'string' ? new Date(event['Time']) : null;
    return {
      kind: 'timer',
      triggerName: typeof event['TriggerName'] === 'string' ? event['TriggerName'] : '',
      time: at && !Number.isNaN(at.getTime()) ? at : null,
      message: typeof event['Message'] === 'string' ? event['Message'] : '',
    };
  }
  if (event['MsgType'] === 'event' && typeof event['Event'] === 'string') {
    return { kind: 'push', event: event['Event'], payload: event };
  }
  return null;
}
