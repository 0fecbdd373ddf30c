/**
 * With JavaScript, a link to a CSV inside a body-year's tables.zip
 * (src/lib/downloads/table-archive.ts) saves that CSV alone: the archive (tens of KB) is
 * fetched once, the entry inflated and saved under its own name. Without JavaScript, or
 * when anything here fails, the link downloads the archive, as the note beside it says.
 * The inflater (fflate, as the build wrote it) loads on the first click, not with the page.
 */
const archives = new Map<string, Promise<Uint8Array>>();

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-archive-entry]') : null;
  if (!(link instanceof HTMLAnchorElement) || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  saveEntry(link).catch(() => {
    archives.delete(link.href);
    window.location.assign(link.href);
  });
});

async function saveEntry(link: HTMLAnchorElement): Promise<void> {
  const entry = link.dataset.archiveEntry!;
  const [bytes, { unzipSync }] = await Promise.all([archiveBytes(link.href), import('fflate')]);
  const csv = unzipSync(bytes, { filter: (file) => file.name === entry })[entry];
  if (!csv) throw new Error(`${entry} is not in ${link.href}`);
  const url = URL.createObjectURL(new Blob([csv as Uint8Array<ArrayBuffer>], { type: 'text/csv;charset=utf-8' }));
  const save = document.createElement('a');
  save.href = url;
  save.download = link.dataset.saveAs ?? entry;
  document.body.append(save);
  save.click();
  save.remove();
  // The browser has started the download by now; the blob is freed after.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function archiveBytes(href: string): Promise<Uint8Array> {
  let bytes = archives.get(href);
  if (!bytes) {
    bytes = fetch(href).then(async (response) => {
      if (!response.ok) throw new Error(`${href}: ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    });
    archives.set(href, bytes);
  }
  return bytes;
}
