/**
 * The `Kodexempel` panes (curl, PowerShell, C#, PHP) as plain text. The site builds them from the
 * parameter tables with placeholder values and a naive camelCase of the property names (only the
 * first letter lowered: `SMS` -> `sMS`), and puts only the first three body properties in the
 * JSON, as the seed Notify page shows.
 */
import { ORIGIN, type EndpointPage, type PropertyRow, type TypeRef } from './page-model.js';
import type { TypeRegistry } from './xml-from-json.js';

export interface CodeExamples {
  curl: string;
  powershell: string;
  csharp: string;
  php: string;
}

const AUTH = '{Base64 kodad användarnamn och lösenord}';

function placeholder(type: TypeRef, registry: TypeRegistry): string {
  if (type.kind === 'simple') {
    switch (type.name) {
      case 'integer':
        return '0';
      case 'decimal number':
        return '0.0';
      case 'boolean':
        return 'false';
      case 'date':
        return '2026-10-04T00:00:00';
      default:
        return 'StringValue';
    }
  }
  if (type.kind === 'model') {
    const info = registry.get(type.modelName);
    if (info?.kind === 'enum') return '0';
  }
  return 'StringValue';
}

/** Query keys of the parameters not in the route; a complex parameter contributes its properties. */
function queryPairs(page: EndpointPage, registry: TypeRegistry): string[] {
  const inPath = new Set([...page.path.matchAll(/\{([^}?*]+)\??\}/g)].map((m) => m[1]!.toLowerCase()));
  const pairs: string[] = [];
  for (const p of page.uriParams) {
    if (inPath.has(p.name.toLowerCase())) continue;
    const info = p.type.kind === 'model' ? registry.get(p.type.modelName) : undefined;
    if (info?.kind === 'complex') {
      for (const r of info.rows) pairs.push(`${r.name}=${placeholder(r.type, registry)}`);
    } else {
      pairs.push(`${p.name}=${placeholder(p.type, registry)}`);
    }
  }
  return pairs;
}

function relativeUrl(page: EndpointPage, registry: TypeRegistry): string {
  const path = page.path.replace(/\{([^}?*]+)\??\}/g, (_all, name: string) => {
    const p = page.uriParams.find((u) => u.name.toLowerCase() === name.toLowerCase());
    return p ? placeholder(p.type, registry) : 'StringValue';
  });
  const query = queryPairs(page, registry);
  return query.length > 0 ? `${path}?${query.join('&')}` : path;
}

function naiveCamel(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function jsonValue(type: TypeRef, registry: TypeRegistry): string {
  if (type.kind === 'simple') {
    const v = placeholder(type, registry);
    return type.name === 'integer' || type.name === 'decimal number' || type.name === 'boolean' ? v : `"${v}"`;
  }
  if (type.kind === 'model' && registry.get(type.modelName)?.kind === 'enum') return '0';
  return 'null';
}

function bodyJson(page: EndpointPage, registry: TypeRegistry): string | null {
  const body = page.body;
  if (!body?.type) return null;
  if (body.type.kind === 'simple') return jsonValue(body.type, registry);
  const rows: PropertyRow[] = body.rows ?? [];
  const obj = `{${rows
    .slice(0, 3)
    .map((r) => `"${naiveCamel(r.name)}":${jsonValue(r.type, registry)}`)
    .join(',')}}`;
  return body.type.kind === 'collection' ? `[${obj}]` : obj;
}

const CSHARP_TAIL = `    if (response.StatusCode == HttpStatusCode.Unauthorized) {
        // Authorization headern är inte korrekt
    }
    if (response.StatusCode == HttpStatusCode.Forbidden) {
        // Begärt data som det saknas åtkomst till
    }
    if (response.StatusCode == HttpStatusCode.InternalServerError) {
        // Oväntat fel, kontakta Vitec
    }
    if (response.StatusCode == HttpStatusCode.BadRequest) {
        var json = await response.Content.ReadAsStringAsync();
        var result = JsonConvert.DeserializeObject<dynamic>(json);
        // Hantera valideringsfel, presenteras i resultatet
    }
    
    var json = await response.Content.ReadAsStringAsync();
    // JsonConvert finns i biblioteket Newtonsoft.Json
    var result = JsonConvert.DeserializeObject<dynamic>(json);
    
    // TODO: Gör något med resultatet
}`;

const PHP_TAIL = `$result = curl_exec($ch);

if (curl_errno($ch)) {
    die(curl_getinfo($ch));
}

$info = curl_getinfo($ch);
curl_close($ch);

$http_code = $info["http_code"];
if ($http_code == 401) {
    // Användarnamnet eller lösenordet är felaktigt
}
if ($http_code == 403) {
    // Begärt data som det saknas åtkomst till
}
if ($http_code == 500) {
    // Oväntat fel, kontakta Vitec
}
if ($http_code == 400) {
    $json = json_decode($result, true);
    // Hantera valideringsfel, presenteras i $json
}

// TODO: Gör något med resultatet`;

export function codeExamples(page: EndpointPage, registry: TypeRegistry): CodeExamples {
  const rel = relativeUrl(page, registry);
  const url = `${ORIGIN}/${rel}`;
  const json = bodyJson(page, registry);
  const m = page.method;
  const quoted = (escape: (s: string) => string): string => (json === null ? '' : escape(json));

  const curl =
    json === null
      ? `curl "${url}" -X ${m} -H "Authorization: basic ${AUTH}"\n            `
      : `curl "${url}" -X ${m} -H "Content-Type: application/json" -H "Authorization: basic ${AUTH}" -d ${quoted((s) => s.replace(/"/g, '\\"'))}\n            `;

  const powershell =
    json === null
      ? `$URL = "${url}"\nInvoke-WebRequest -Uri $URL -Method ${m} -Headers @{"authorization" = "basic ${AUTH}"}\n                `
      : `$URL = "${url}"\n$data = "${quoted((s) => s.replace(/"/g, '`"'))}"\nInvoke-WebRequest -Uri $URL -Method ${m} -Headers @{"Content-Type" = "application/json"; "authorization" = "basic ${AUTH}"} -Body $data\n                `;

  const verb = m.charAt(0) + m.slice(1).toLowerCase();
  const csharpCall =
    json === null
      ? `using (var response = await HttpClientInstance.${verb}Async("${rel}")) {`
      : `using (var response = await HttpClientInstance.${verb}Async("${rel}", new StringContent(json, Encoding.UTF8, "application/json"))) {`;
  const csharp = [
    '// HttpClientInstance ska deklareras som en singleton',
    '// public static readonly HttpClient HttpClientInstance = new HttpClient {',
    `//     BaseAddress = new Uri("${ORIGIN}"),`,
    '//     DefaultRequestHeaders = {',
    `//         Authorization = new AuthenticationHeaderValue("Basic", "${AUTH}")`,
    '//     }',
    '// }',
    ...(json === null ? [] : [`var json = "${quoted((s) => s.replace(/"/g, '\\"'))}";`]),
    csharpCall,
    CSHARP_TAIL,
  ].join('\n');

  const phpRequest: string[] =
    json === null
      ? m === 'GET'
        ? []
        : [`curl_setopt($ch, CURLOPT_CUSTOMREQUEST, "${m}");`, '']
      : [
          `$data = "${quoted((s) => s.replace(/"/g, '\\"'))}";`,
          m === 'POST' ? 'curl_setopt($ch, CURLOPT_POST, true);' : `curl_setopt($ch, CURLOPT_CUSTOMREQUEST, "${m}");`,
          '',
          'curl_setopt($ch, CURLOPT_POSTFIELDS, $data);',
          'curl_setopt($ch, CURLOPT_HTTPHEADER, array(',
          "    'Content-Type: application/json',",
          "    'Content-Length: ' . strlen($data)",
          '));',
          '',
        ];
  const php = [
    `$URL = "${url}";`,
    '',
    '$ch = curl_init();',
    '',
    'curl_setopt($ch, CURLOPT_USERNAME, "{Användarnamn}");',
    'curl_setopt($ch, CURLOPT_PASSWORD, "{Lösenord}");',
    'curl_setopt($ch, CURLOPT_RETURNTRANSFER, 1);',
    'curl_setopt($ch, CURLOPT_URL, $URL);',
    ...phpRequest,
    ...(phpRequest.length === 0 ? [''] : []),
    PHP_TAIL,
  ].join('\n');

  return { curl, powershell, csharp, php };
}
