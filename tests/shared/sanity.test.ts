import { describe, expect, it } from 'vitest';
import { STAGES } from '../../shared/regulations/types';
describe('types', () => { it('has five stages', () => { expect(STAGES).toHaveLength(5); }); });
