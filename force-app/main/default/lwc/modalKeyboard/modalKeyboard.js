/**
 * What every dialog of the card does for keyboard users: it starts on its first control
 * (`firstControl`, a selector in its light DOM) and closes with Escape, firing `close`.
 * A mixin, as `NavigationMixin` is, because both hook into the component's own lifecycle.
 * https://developer.salesforce.com/docs/platform/lwc/guide/create-lifecycle-hooks-rendered.html
 */
export const ModalKeyboardMixin = (Base, firstControl) =>
    class extends Base {
        focused = false;

        renderedCallback() {
            if (this.focused) return;
            const first = this.querySelector(firstControl);
            if (first) {
                first.focus();
                this.focused = true;
            }
        }

        close() {
            this.dispatchEvent(new CustomEvent('close'));
        }

        keydown(event) {
            if (event.key === 'Escape') this.close();
        }
    };
