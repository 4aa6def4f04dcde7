export { createZendeskService } from './service';
