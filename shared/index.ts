export * from './vocabulary/ids';
export * from './vocabulary/channel';
export * from './vocabulary/crmRecord';
export * from './vocabulary/interaction';
export * from './vocabulary/link';
export * from './vocabulary/card';
export * from './phone/normalizePhone';
