export * from './errors';
export * from './account';
export * from './org';
export * from './api';
export { describeIssues } from './validation';
export * from './auth';
export * from './points';
export * from './volunteer';
