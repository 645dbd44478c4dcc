// Registers the service worker (the installable shell) and reveals the guardian fields for minor employers.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js').catch(function () {});
}
document.addEventListener('DOMContentLoaded', function () {
  var form = document.querySelector('[data-signup]');
  if (!form) { return; }
  var guardian = document.getElementById('guardian-fields');
  function update() {
    var dob = form.querySelector('[name=dateOfBirth]').value;
    var employer = form.querySelector('[name=role][value=EMPLOYER]').checked;
    var minor = false;
    if (dob) {
      var born = new Date(dob), now = new Date();
      var age = now.getFullYear() - born.getFullYear();
      if (now.getMonth() < born.getMonth() || (now.getMonth() === born.getMonth() && now.getDate() < born.getDate())) { age--; }
      minor = age >= 13 && age < 18;
    }
    if (employer && minor) { guardian.classList.remove('d-none'); }
    else if (!guardian.dataset.hasErrors) { guardian.classList.add('d-none'); }
  }
  form.addEventListener('change', update);
  update();
});

// Upload progress for forms marked data-upload (htmx sends them with XHR, which reports progress).
document.addEventListener('htmx:xhr:progress', function (event) {
  var form = event.target.closest && event.target.closest('[data-upload]');
  if (!form || !event.detail.lengthComputable) { return; }
  var bar = form.querySelector('[data-upload-progress]');
  bar.classList.remove('d-none');
  bar.value = Math.round(event.detail.loaded / event.detail.total * 100);
});

// The cookie banner takes the keyboard's focus when it appears, and gives it back once it is answered in place.
document.addEventListener('DOMContentLoaded', function () {
  var banner = document.getElementById('cookie-banner');
  if (!banner) { return; }
  var before = document.activeElement;
  banner.focus();
  var watcher = new MutationObserver(function () {
    if (document.getElementById('cookie-banner')) { return; }
    watcher.disconnect();
    var back = before && before !== document.body && document.contains(before) ? before : document.getElementById('main');
    if (back) { back.focus(); }
  });
  watcher.observe(document.body, { childList: true, subtree: true });
});

// Hand-over to a payment gateway: the form posts itself (its button stays for browsers without scripts).
document.addEventListener('DOMContentLoaded', function () {
  var form = document.querySelector('form[data-autosubmit]');
  if (form) { form.submit(); }
});

// Print buttons (receipts): inline handlers are not allowed by the content security policy.
document.addEventListener('click', function (event) {
  if (event.target.closest && event.target.closest('[data-print]')) { window.print(); }
});
