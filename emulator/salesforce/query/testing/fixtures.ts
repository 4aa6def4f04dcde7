import { createMemorySource, type MemorySource } from './fixtureSource';
import { fixtureSchemas } from './schemas';

/** A few records of the demo story's kind: accents, messy phone formats, a household. */
export function createFixtureSource(): MemorySource {
  const source = createMemorySource(fixtureSchemas);
  const agent = source.insert('User', { Name: 'Casey Agent', Email: 'agent@customercard.example', CreatedDate: '2024-01-01T09:00:00.000+0000' });
  const acme = source.insert('Account', { Name: 'Acme Corporation', Phone: '(415) 555-0100', Industry: 'Technology', AnnualRevenue: 5000000, NumberOfEmployees: 120, OwnerId: agent.Id, CreatedDate: '2024-01-02T09:00:00.000+0000' });
  const globex = source.insert('Account', { Name: 'Globex', Phone: '+1 415 555 0200', Industry: 'Energy', AnnualRevenue: 900000, NumberOfEmployees: 40, OwnerId: agent.Id, CreatedDate: '2024-01-03T09:00:00.000+0000' });
  const contact = (fields: Record<string, unknown>) => source.insert('Contact', { OwnerId: agent.Id, DoNotCall: false, ...fields, Name: `${fields.FirstName} ${fields.LastName}` });
  const maria = contact({ FirstName: 'Maria', LastName: 'García', Email: 'maria.garcia@acme.example', Phone: '(415) 555-1000', MobilePhone: '+1 (628) 555-2000', Title: 'Office Manager', AccountId: acme.Id, Birthdate: '1980-05-01', Languages__c: 'Spanish;English', CreatedDate: '2024-02-01T10:00:00.000+0000' });
  const jose = contact({ FirstName: 'José', LastName: 'Muñoz', Email: 'jose.munoz@globex.example', Phone: '+1 415 555 1007', Title: 'IT Director', AccountId: globex.Id, Birthdate: '1975-11-20', Languages__c: 'Spanish', CreatedDate: '2024-02-02T10:00:00.000+0000' });
  contact({ FirstName: 'Chloé', LastName: 'Dubois', Email: 'chloe.dubois@initech.example', Phone: '415-555-1014', Title: 'Operations Lead', AccountId: acme.Id, Languages__c: 'French;English', DoNotCall: true, CreatedDate: '2024-02-03T10:00:00.000+0000' });
  contact({ FirstName: 'Jürgen', LastName: 'Müller', Email: 'jurgen.muller@umbrella.example', Phone: '415.555.1021', Title: null, AccountId: null, CreatedDate: '2024-02-04T10:00:00.000+0000' });
  const gone = contact({ FirstName: 'Ole', LastName: 'Deleted', Email: 'ole@gone.example', Phone: '+4512345678', CreatedDate: '2024-02-05T10:00:00.000+0000' });
  source.remove(gone.Id);
  const lead = source.insert('Lead', { FirstName: 'Siobhán', LastName: "O'Connor", Name: "Siobhán O'Connor", Company: 'Cliffside Cafés', Email: 'siobhan@cliffside.example', Phone: '(415) 555-0420', Status: 'Working - Contacted', OwnerId: agent.Id, CreatedDate: '2024-03-01T10:00:00.000+0000' });
  source.insert('Task', { Subject: 'Call Maria', Status: 'Completed', WhoId: maria.Id, WhatId: acme.Id, CallDurationInSeconds: 120, ActivityDate: '2024-04-01', OwnerId: agent.Id, CreatedDate: '2024-04-01T10:00:00.000+0000' });
  source.insert('Task', { Subject: 'Call back José', Status: 'Not Started', WhoId: jose.Id, WhatId: null, CallDurationInSeconds: 30, ActivityDate: '2024-04-02', OwnerId: agent.Id, CreatedDate: '2024-04-02T10:00:00.000+0000' });
  source.insert('Task', { Subject: 'Lead intro call', Status: 'Completed', WhoId: lead.Id, WhatId: null, CallDurationInSeconds: 300, ActivityDate: '2024-04-03', OwnerId: agent.Id, CreatedDate: '2024-04-03T10:00:00.000+0000' });
  return source;
}
