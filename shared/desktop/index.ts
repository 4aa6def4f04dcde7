export * from './agentActions';
