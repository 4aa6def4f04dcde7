export * from './splitName';
export * from './prefill';
