export * from './splitName';
export * from './prefill';
export * from './formLayout';
export * from './caller';
export * from './caseOrigin';
export * from './callerFields';
