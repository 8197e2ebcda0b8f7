// 联席会议: the alliance's org admin records each meeting (once per request id).
import type * as z from 'zod/mini';
import type { AddMeetingInput, AllianceMeeting } from '../../../../contracts/brands-alliances';
import type { Actor } from '../../access';
import { checkFields } from '../../content/check';
import { AppError } from '../../errors';
import { chinaToday } from '../../points/dates';
import { requestDocId } from '../../request-id';
import { findById, isDuplicateKey } from '../../sdk';
import { coll, MEETINGS, type MeetingDoc } from '../docs';
import type { Editor } from '../editable';
import { checkImages } from '../images';
import { loadEditableAlliance } from './save';

export function toMeeting(m: MeetingDoc): AllianceMeeting {
  const { _id, allianceId: _a, by: _b, at, ...rest } = m;
  return { id: _id, ...rest, at: new Date(at).toISOString() };
}

export async function addMeeting(
  actor: Actor,
  editor: Editor,
  input: z.output<typeof AddMeetingInput>,
  now: Date,
): Promise<AllianceMeeting> {
  const _id = requestDocId('mt', editor.openid, input.requestId);
  const again = await findById<MeetingDoc>(MEETINGS, _id);
  if (again) return toMeeting(again);
  const a = await loadEditableAlliance(actor, input.allianceId);
  if (input.date > chinaToday(now)) throw new AppError('INVALID_INPUT', '会议日期不能晚于今天');
  const keys = new Set([...a.draft.members, ...(a.published?.members ?? [])].map((m) => m.key));
  if (input.units.some((k) => !keys.has(k))) throw new AppError('INVALID_INPUT', '参会单位不是联盟成员');
  await checkImages(editor.openid, input.images, []);
  await checkFields(editor.openid, [
    { label: '会议名称', text: input.title },
    { label: '会议地点', text: input.place },
    { label: '会议纪要', text: input.summary },
    ...input.decisions.map((d, i) => ({ label: `议定事项第 ${i + 1} 条`, text: d })),
  ]);
  const { requestId: _r, allianceId: _a, ...fields } = input;
  const meeting: MeetingDoc = {
    _id,
    allianceId: a._id,
    ...fields,
    units: [...new Set(input.units)],
    by: editor.openid,
    byName: editor.name,
    at: now,
  };
  try {
    await coll(MEETINGS).add({ data: meeting });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
  return toMeeting(meeting);
}
