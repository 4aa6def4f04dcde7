export * from './agentActions';
export * from './desktopConfig';
export * from './formatFact';
export * from './humanLabel';
export * from './interactionContext';
export * from './routingSentences';
export * from './wrapUp';
