import '../index';

export { whenComponentIsIdle } from '@servicenow/ui-core';
