(function () {
  var script = document.currentScript;
  try {
    var worker = new Worker(script.getAttribute('data-search-worker'), { type: 'module' });
    var params = new URLSearchParams(location.search);
    // With a query, only the indexes it searches first; without, the reader is about to type.
    worker.postMessage({ warm: true, years: params.getAll('year').filter(Boolean), bundlesOnly: Boolean((params.get('q') || '').trim()) });
    window.mingzhangSearchWorker = worker;
  } catch (error) {
    // search-page.ts starts its own worker.
  }
})();
