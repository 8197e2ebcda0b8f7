/** A demo account the h5 sign-in screen offers in local mode (GET /api/auth/personas). */
export interface DemoPersona {
  openid: string;
  name: string;
  /** Who this is, e.g. 支部书记 · 机关第一党支部. */
  label: string;
  /** What to try as this person. */
  description: string;
}

export interface LoginResult {
  token: string;
  openid: string;
}
