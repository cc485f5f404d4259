/**
 * A small multipart/form-data reader that parses Content-Disposition the way the real Bot API
 * server does (split on ";", optional quotes stripped), so file names with spaces and Vietnamese
 * letters survive; busboy mangles grammY's unquoted file names (telegram.md §6).
 */
export interface MultipartResult {
  fields: Record<string, string>;
  files: Record<string, { fileName: string; data: Buffer }>;
}

export function parseMultipart(body: Buffer, contentType: string): MultipartResult {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const marker = Buffer.from(`--${boundary?.[1] ?? boundary?.[2] ?? ""}`);
  const result: MultipartResult = { fields: {}, files: {} };
  let start = body.indexOf(marker);
  while (start >= 0) {
    const next = body.indexOf(marker, start + marker.length);
    if (next < 0) break;
    const part = body.subarray(start + marker.length + 2, next - 2); // skip CRLF after marker, before next
    start = next;
    const split = part.indexOf("\r\n\r\n");
    if (split < 0) continue;
    const headers = part.subarray(0, split).toString("utf8");
    const data = part.subarray(split + 4);
    const disposition = /content-disposition:\s*([^\r\n]*)/i.exec(headers)?.[1] ?? "";
    const params = Object.fromEntries(
      disposition
        .split(";")
        .slice(1)
        .map((p) => p.trim())
        .filter((p) => p.includes("="))
        .map((p) => {
          const at = p.indexOf("=");
          return [p.slice(0, at).trim().toLowerCase(), p.slice(at + 1).trim().replace(/^"(.*)"$/, "$1")];
        }),
    );
    if (!params.name) continue;
    if (params.filename !== undefined) result.files[params.name] = { fileName: params.filename, data: Buffer.from(data) };
    else result.fields[params.name] = data.toString("utf8");
  }
  return result;
}
