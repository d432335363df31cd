// Loads Monaco (the WebJar's AMD build) once, on first use: it is large, and most views do not
// need it until a code panel is shown.

let loading;

export function loadMonaco() {
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const base = `${location.origin}${window.STEPWELL_MONACO}`;
      window.MonacoEnvironment = {
        getWorkerUrl: () =>
          `data:text/javascript;charset=utf-8,${encodeURIComponent(
            `self.MonacoEnvironment={baseUrl:'${base}/'};importScripts('${base}/vs/base/worker/workerMain.js');`,
          )}`,
      };
      const script = document.createElement('script');
      script.src = `${base}/vs/loader.js`;
      script.onerror = () => reject(new Error('Monaco could not be loaded'));
      script.onload = () => {
        window.require.config({ paths: { vs: `${base}/vs` } });
        window.require(['vs/editor/editor.main'], () => resolve(window.monaco), reject);
      };
      document.head.append(script);
    });
  }
  return loading;
}
