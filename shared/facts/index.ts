export * from './factSchema';
export * from './factValues';
