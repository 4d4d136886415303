import { writtenClient } from '../key-points-client.ts';

export const caseAnalysis = writtenClient('case');
