import path from 'node:path';
import { ROOT } from './helpers';
import { accountSuite } from './account-suite';

accountSuite('sources', () => path.join(ROOT, 'cloud', 'functions'));
