/** Saves a blob as a file through the browser's download, from a blob: URL that never leaves the page. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by the time the click returns; free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
