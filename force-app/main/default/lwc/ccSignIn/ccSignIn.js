import { LightningElement, api } from 'lwc';
import { signIn } from 'c/ccSession';
import { reduceErrors } from 'c/reduceErrors';

/**
 * Sign-in to the contact-center service inside the card, for orgs where the browser does not
 * send the service's cookie (third-party cookies blocked): the token it gets stays in memory
 * (`c/ccSession`). What the agent typed stays in the form when the sign-in is refused.
 */
export default class CcSignIn extends LightningElement {
    static renderMode = 'light';

    @api ccBaseUrl = '';

    username = '';
    password = '';
    error;
    busy = false;

    changeUsername(event) {
        this.username = event.target.value;
    }

    changePassword(event) {
        this.password = event.target.value;
    }

    async submit(event) {
        if (event) event.preventDefault();
        if (this.busy) return;
        if (!this.username || !this.password) {
            this.error = 'Enter your contact-center username and password.';
            return;
        }
        this.busy = true;
        try {
            await signIn(this.ccBaseUrl, this.username, this.password);
            this.error = undefined;
            this.password = '';
            this.dispatchEvent(new CustomEvent('signedin'));
        } catch (error) {
            this.error = reduceErrors(error).join(' ');
        } finally {
            this.busy = false;
        }
    }
}
