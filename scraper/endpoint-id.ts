/** The help page id of an operation, as the stock `ApiDescriptionExtensions.GetFriendlyId` builds it. */

/**
 * `GET api/Values/{id}` -> `GET-api-Values-id`; a query template adds `_` and its keys
 * (`GET api/Values?id={id}&x={x}` -> `GET-api-Values_id_x`).
 */
export function friendlyId(method: string, path: string): string {
  const [localPath = '', query] = path.split('?', 2);
  let id = `${method}-${localPath.replaceAll('/', '-').replaceAll('{', '').replaceAll('}', '')}`;
  if (query !== undefined) {
    const keys = query
      .split('&')
      .map((pair) => pair.split('=')[0]!)
      .filter((k) => k !== '');
    id += `_${keys.join('_').replaceAll('.', '-')}`;
  }
  return id;
}

/**
 * How help ids are matched: without regard to case (the server does so) and with `.` and `-` equal,
 * because the stock rule turns a query key's `.` into `-` while some sites keep it
 * (`GET-api-items_paging.pageIndex` and `GET-api-items_paging-pageIndex` name one page).
 */
export function idKey(id: string): string {
  return id.toLowerCase().replaceAll('.', '-');
}
