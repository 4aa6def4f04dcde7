import { LightningElement, api } from 'lwc';

/** One Task or Event of the Activity timeline: icon, subject linking to it, date, Name, status and disposition. */
export default class ActivityItem extends LightningElement {
    static renderMode = 'light';

    @api item;
}
