export * from './preset';
export * from './prompt';
export * from './cut';
export * from './allowance';
