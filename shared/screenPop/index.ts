export * from './policy';
export * from './decideScreenPop';
