/**
 * The page the project started from, `POST User/Notify/{customerId}` (`seed-User-Notify.txt`): its
 * request samples exactly as the page shows them, shared by every test that checks against them.
 */

export const SEED_JSON = `{
  "header": "sample string 1",
  "message": "sample string 2",
  "sms": true,
  "express": true,
  "recipients": [
    "sample string 1",
    "sample string 2"
  ]
}`;

export const SEED_XML = `<Notification xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/Vitec.Housing.Connect.Api.Models.User">
  <Express>true</Express>
  <Header>sample string 1</Header>
  <Message>sample string 2</Message>
  <Recipients xmlns:d2p1="http://schemas.microsoft.com/2003/10/Serialization/Arrays">
    <d2p1:string>sample string 1</d2p1:string>
    <d2p1:string>sample string 2</d2p1:string>
  </Recipients>
  <SMS>true</SMS>
</Notification>`;

/** The seed's request body as the SDK types it. */
export const SEED_NOTIFICATION = {
  header: 'sample string 1',
  message: 'sample string 2',
  sms: true,
  express: true,
  recipients: ['sample string 1', 'sample string 2'],
};

/** Whitespace between tags removed: the SDK's XML writer emits no indentation. */
export function compact(xml: string): string {
  return xml.replace(/>\s+</g, '><').trim();
}
