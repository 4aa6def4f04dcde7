export * from './interactionAccess';
