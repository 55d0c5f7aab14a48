// The LMS of the browser tests: scorm-again's Scorm12API on this window, the SCO in an iframe.
// `window.lmsSetup` (set by the test before the page loads) says which module, the cmi to load,
// and whether LMSInitialize should fail. Every call to the API is logged in `window.lmsLog`.
/* global window, document, Scorm12API */
(function () {
  const setup = window.lmsSetup || {};
  const api = new Scorm12API({ logLevel: 5, autocommit: false });
  if (setup.cmi) api.loadFromJSON(setup.cmi, '');
  const log = [];
  window.lmsLog = log;
  for (const method of ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit']) {
    const original = api[method].bind(api);
    api[method] = function (...args) {
      const result = method === 'LMSInitialize' && setup.initFails ? 'false' : original(...args);
      log.push({ method, args, result: String(result) });
      return result;
    };
  }
  window.API = api;
  window.lmsCmi = () => JSON.parse(JSON.stringify(api.cmi));
  // Unloads the SCO (as when the learner closes the LMS page): its pagehide handler runs.
  window.closeSco = () =>
    new Promise((resolve) => {
      const frame = document.querySelector('iframe');
      frame.addEventListener('load', () => resolve(), { once: true });
      frame.src = 'about:blank';
    });
  window.addEventListener('DOMContentLoaded', () => {
    const frame = document.createElement('iframe');
    frame.title = 'Passerelles';
    frame.src = `/sco/${setup.module}/index.html`;
    document.body.append(frame);
  });
})();
