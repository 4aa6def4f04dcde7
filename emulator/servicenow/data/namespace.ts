import type { NamespaceStore, Store } from '../../store/store';
import { emptyData, type ServiceNowData } from './database';

/** The one place that opens this part's store namespace. */
export function openServiceNowData(store: Store): NamespaceStore<ServiceNowData> {
  return store.namespace<ServiceNowData>('servicenow', emptyData);
}
