export * from './splitName';
export * from './prefill';
export * from './formLayout';
export * from './callerFields';
