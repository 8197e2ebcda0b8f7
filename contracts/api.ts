import type * as z from 'zod/mini';
import type { Schema } from './validation';
import { UpdateProfileInput, WhoamiInput, type Profile } from './account';

/** An action's input schema, with its output type carried along for the client. */
export interface ActionContract<I extends Schema, O> {
  input: I;
  /** Phantom: never set at runtime, only read by the type checker. */
  output?: O;
}

function action<O>() {
  return <I extends Schema>(input: I): ActionContract<I, O> => ({ input });
}

/** Every cloud function and action the app may call, with its input schema and output type. */
export const API = {
  account: {
    whoami: action<Profile>()(WhoamiInput),
    updateProfile: action<Profile>()(UpdateProfileInput),
  },
} as const;

export type Api = typeof API;
export type FunctionName = keyof Api;
export type ActionName<F extends FunctionName> = keyof Api[F] & string;
type Contract<F extends FunctionName, A extends ActionName<F>> = Api[F][A];
export type ActionInput<F extends FunctionName, A extends ActionName<F>> =
  Contract<F, A> extends ActionContract<infer I, unknown> ? z.input<I> : never;
export type ActionOutput<F extends FunctionName, A extends ActionName<F>> =
  Contract<F, A> extends ActionContract<Schema, infer O> ? O : never;
