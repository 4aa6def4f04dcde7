/** One field of the create pop-up, labelled as ServiceNow's dictionary labels it. */
export interface CreateField {
  name: string;
  label: string;
  multiline?: boolean;
  type?: 'text' | 'email' | 'tel';
}

const PERSON: CreateField[] = [
  { name: 'first_name', label: 'First name' },
  { name: 'last_name', label: 'Last name' },
  { name: 'phone', label: 'Phone', type: 'tel' },
  { name: 'email', label: 'Email', type: 'email' },
];

/** The fields each type's pop-up shows (the admin chooses which types, §4.1; the form is the app's). */
const FORMS: Record<string, CreateField[]> = {
  csm_consumer: PERSON,
  customer_contact: PERSON,
  sn_customerservice_case: [
    { name: 'short_description', label: 'Short description' },
    { name: 'description', label: 'Description', multiline: true },
  ],
  customer_account: [
    { name: 'name', label: 'Name' },
    { name: 'phone', label: 'Phone', type: 'tel' },
  ],
};

/** A type the app has no form for shows the fields the domain pre-filled, named as the dictionary would. */
const labelOf = (name: string) => {
  const words = name.replace(/^u_/, '').replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export function createFields(object: string, values: Record<string, string> = {}): CreateField[] {
  return FORMS[object] ?? Object.keys(values).map((name) => ({ name, label: labelOf(name) }));
}

/**
 * ServiceNow names the fields a data policy found missing by their labels
 * ("Data Policy Exception: The following fields are mandatory: Short description"; data policies
 * apply to the REST Table API: https://docs.servicenow.com/bundle/jakarta-servicenow-platform/page/administer/field-administration/concept/c_DataPolicy.html,
 * message as in https://hi.service-now.com/kb_view.do?sysparm_article=KB0727701), so each is placed
 * beside the form field with that label; labels the form does not show stay general.
 */
export function errorsByField(object: string, byLabel: Record<string, string>, values: Record<string, string>) {
  const fields = createFields(object, values);
  const fieldErrors: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const [label, message] of Object.entries(byLabel)) {
    const field = fields.find((f) => f.label.toLowerCase() === label.trim().toLowerCase());
    if (field) fieldErrors[field.name] = message;
    else unplaced.push(message);
  }
  return { fieldErrors, unplaced };
}
