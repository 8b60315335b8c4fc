/** How every data file is written: pretty-printed UTF-8 JSON ending in a newline. */
export const jsonResponse = (body: unknown) => new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
/** CSV as text/csv; its text already carries the byte-order mark. */
export const csvResponse = (body: string) => new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
