export * from './nameMatch';
export * from './cardFacts';
export * from './duplicates';
export * from './cardIndex';
export * from './searchCards';
export * from './mergeCards';
export * from './identityPoint';
