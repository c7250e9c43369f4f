/**
 * The hand-written questions of the sample study, one module per specialty, in study order.
 */
import type { SampleModule } from '../types';
import { CARDIOLOGY } from './cardiology';
import { EMERGENCY_MEDICINE } from './emergency-medicine';
import { ENDOCRINOLOGY } from './endocrinology';
import { GENETICS } from './genetics';
import { HAEMATOLOGY } from './haematology';
import { INFECTIOUS_DISEASE } from './infectious-disease';
import { NEPHROLOGY } from './nephrology';
import { NEUROLOGY } from './neurology';
import { OBSTETRICS } from './obstetrics';
import { PAEDIATRICS } from './paediatrics';
import { PHARMACOLOGY } from './pharmacology';

const at = (name: string): string => `scripts/sample/questions/${name}.ts`;

export const SAMPLE_MODULES: readonly SampleModule[] = [
  { file: at('cardiology'), questions: CARDIOLOGY },
  { file: at('infectious-disease'), questions: INFECTIOUS_DISEASE },
  { file: at('pharmacology'), questions: PHARMACOLOGY },
  { file: at('nephrology'), questions: NEPHROLOGY },
  { file: at('neurology'), questions: NEUROLOGY },
  { file: at('endocrinology'), questions: ENDOCRINOLOGY },
  { file: at('paediatrics'), questions: PAEDIATRICS },
  { file: at('obstetrics'), questions: OBSTETRICS },
  { file: at('haematology'), questions: HAEMATOLOGY },
  { file: at('emergency-medicine'), questions: EMERGENCY_MEDICINE },
  { file: at('genetics'), questions: GENETICS },
];
