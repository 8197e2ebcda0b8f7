// Where the signed-in person's own uploaded images stand in WeChat's image check, as the server
// said in its last answer that showed them (`imageReview` beside the data: 审核中 / 未通过审核).
// Others do not see such an image at all; its uploader sees it with the mark (TapImage).
export type ImageReviewState = 'pending' | 'rejected';

const states = new Map<string, ImageReviewState>();

function fileIdsIn(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') {
    if (value.startsWith('cloud://')) out.push(value);
  } else if (Array.isArray(value)) {
    for (const v of value) fileIdsIn(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) fileIdsIn(v, out);
  }
  return out;
}

/** Takes an answer's review: every image in `data` is as `review` says, or passed when it says nothing. */
export function noteImageReview(data: unknown, review: Readonly<Record<string, ImageReviewState>>): void {
  for (const id of fileIdsIn(data, [])) {
    const state = review[id];
    if (state) states.set(id, state);
    else states.delete(id);
  }
}

export function imageReviewOf(fileId: string | undefined): ImageReviewState | null {
  return (fileId && states.get(fileId)) || null;
}

export const IMAGE_REVIEW_TEXT: Record<ImageReviewState, string> = { pending: '审核中', rejected: '未通过审核' };
