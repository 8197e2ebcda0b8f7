export * from './errors';
export * from './account';
export * from './api';
export { describeIssues } from './validation';
