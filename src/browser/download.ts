/** Saves a file the page made (a Blob) under a name: a download, nothing sent anywhere. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has started the download when click() returns; free the memory later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
