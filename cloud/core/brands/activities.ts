// Volunteer activities held under a project (实践活动) or an alliance (联办): the activity carries
// projectId / allianceId, set by its organiser when posting (volunteer/save.ts asks checkActivityLinks).
import type { LinkedActivity } from '../../../contracts/brands-projects';
import type { Actor } from '../access';
import { AppError } from '../errors';
import { _, findById, getList } from '../sdk';
import { activities, type ActivityDoc } from '../volunteer/docs';
import { canSee } from '../volunteer/visibility';
import { ALLIANCES, PROJECTS, type AllianceDoc, type ProjectDoc } from './docs';

/** Published and finished activities of a project or alliance that the caller may see, newest first. */
export async function linkedActivities(
  actor: Actor,
  where: { projectId: string } | { allianceId: string },
): Promise<LinkedActivity[]> {
  const rows = await getList<ActivityDoc>(
    activities()
      .where({ ...where, status: _.in(['published', 'finished']) })
      .orderBy('startAt', 'desc')
      .limit(50),
  );
  return rows
    .filter((a) => canSee(actor, a, false))
    .map((a) => ({
      id: a._id,
      title: a.title,
      branchName: a.branchName,
      startAt: new Date(a.startAt).toISOString(),
      place: a.place.name,
      status: a.status as LinkedActivity['status'],
      enrolled: Math.max(0, a.enrolled),
    }));
}

/**
 * An activity may be held under a project of its organisation, or an alliance its branch is a
 * member of (or whose organisation it belongs to). Throws INVALID_INPUT otherwise.
 */
export async function checkActivityLinks(
  branch: { _id: string; orgId: string },
  links: { projectId: string | null; allianceId: string | null },
): Promise<void> {
  if (links.projectId) {
    const p = await findById<ProjectDoc>(PROJECTS, links.projectId);
    if (!p || p.orgId !== branch.orgId) throw new AppError('INVALID_INPUT', '所选书记项目不存在或不属于本单位');
  }
  if (links.allianceId) {
    const a = await findById<AllianceDoc>(ALLIANCES, links.allianceId);
    const member =
      !!a && (a.orgId === branch.orgId || (a.published ?? a.draft).members.some((m) => m.branchId === branch._id));
    if (!member) throw new AppError('INVALID_INPUT', '所选党建联盟不存在或本支部不是成员');
  }
}
