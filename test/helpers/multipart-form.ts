/** A multipart/form-data body as a browser's FormData sends it, for inject(). */
export function multipartForm(fields: Record<string, string>, file?: { name: string; type: string; data: Buffer }, fieldOrder: "fields-first" | "file-first" = "fields-first") {
  const boundary = "----photo-test-boundary-7c1f";
  const fieldParts = Object.entries(fields).map(([name, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  const fileParts = file
    ? [Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`), file.data, Buffer.from("\r\n")]
    : [];
  const parts = fieldOrder === "fields-first" ? [...fieldParts, ...fileParts] : [...fileParts, ...fieldParts];
  return { payload: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}
