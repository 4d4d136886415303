import { writtenClient } from '../key-points-client.ts';

export const short = writtenClient('short');
