/**
 * The hand-written questions of the sample study, one module per specialty, in study order.
 */
import type { SampleModule } from '../types';
import { CARDIOLOGY } from './cardiology';
import { INFECTIOUS_DISEASE } from './infectious-disease';
import { NEPHROLOGY } from './nephrology';
import { PHARMACOLOGY } from './pharmacology';

const at = (name: string): string => `scripts/sample/questions/${name}.ts`;

export const SAMPLE_MODULES: readonly SampleModule[] = [
  { file: at('cardiology'), questions: CARDIOLOGY },
  { file: at('infectious-disease'), questions: INFECTIOUS_DISEASE },
  { file: at('pharmacology'), questions: PHARMACOLOGY },
  { file: at('nephrology'), questions: NEPHROLOGY },
];
