import { API } from '../../../../contracts/api';
import { loadActor } from '../../access';
import { implement } from '../../handler';
import { chinaYear } from '../../points/dates';
import { editorAction } from '../caller';
import { resolveOrgId } from '../owners';
import { addEntry, withdrawEntry } from './entries';
import { listProjects, readProject } from './read';
import { reviewProject } from './review';
import { createProject, manageProjects, projectDraft, saveProject } from './save';

export const projectActions = {
  projects: implement(API.brands.projects, async ({ caller, now }, input) => {
    const orgId = resolveOrgId(await loadActor(caller.openid), input?.orgId);
    return listProjects(orgId, input?.year ?? chinaYear(now), input?.cursor, now);
  }),
  project: implement(API.brands.project, async ({ caller, now }, input) =>
    readProject(await loadActor(caller.openid), input.id, now),
  ),
  manageProjects: implement(API.brands.manageProjects, async ({ caller }, input) =>
    manageProjects(await loadActor(caller.openid), input?.year),
  ),
  projectDraft: implement(API.brands.projectDraft, async ({ caller }, input) =>
    projectDraft(await loadActor(caller.openid), input.id),
  ),
  createProject: editorAction(API.brands.createProject, createProject),
  saveProject: editorAction(API.brands.saveProject, saveProject),
  addProjectEntry: editorAction(API.brands.addProjectEntry, addEntry),
  withdrawProjectEntry: implement(API.brands.withdrawProjectEntry, async ({ caller }, input) =>
    withdrawEntry(await loadActor(caller.openid), input.projectId, input.entryId),
  ),
  reviewProject: editorAction(API.brands.reviewProject, reviewProject),
};
