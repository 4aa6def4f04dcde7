// ui-core exports these, but its own typings leave them out.
export {};

declare module '@servicenow/ui-core' {
  export const actionTypes: {
    COMPONENT_BOOTSTRAPPED: string;
    COMPONENT_PROPERTY_CHANGED: string;
    COMPONENT_CONNECTED: string;
  };
  export function whenComponentIsIdle(element: Element): Promise<void>;
}
