export type Dispatch = (type: string, payload?: unknown) => void;
