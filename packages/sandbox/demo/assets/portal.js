// The demo portal's own behaviour, separate from dvc-kit: the Vietnamese/English switch and
// moving between its pages when the elements report what the person did. Plain DOM only
// (textContent, attributes), so it runs under the page's Trusted Types policy untouched.
(function () {
  'use strict';

  var EN = {
    'title.home': 'Thanh Hóa Province Public Service Portal (demo)',
    'title.dossier': 'Submit a dossier online · Thanh Hóa Public Service Portal',
    'title.track': 'Track a dossier · Thanh Hóa Public Service Portal',
    skip: 'Skip to main content',
    'brand.title': 'Thanh Hóa Province Public Service Portal',
    'brand.subtitle': 'dvc-kit demo page · not an official portal',
    'nav.label': 'Main',
    'nav.home': 'Home',
    'nav.procedures': 'Procedures',
    'nav.submit': 'Submit a dossier',
    'nav.track': 'Track a dossier',
    'crumb.label': 'You are here',
    'hero.title': 'Which procedure do you need?',
    'hero.lead': 'Type the name of a procedure, with or without Vietnamese accents, e.g. “dang ky khai sinh”. Choose one to see what to prepare and apply online.',
    'featured.title': 'Most used services',
    'field.civil': 'Civil status',
    'field.tracking': 'Tracking',
    'featured.birth': 'Birth registration',
    'featured.marriage': 'Marriage registration',
    'featured.online': 'Fully online',
    'featured.partial': 'Partly online',
    'featured.track': 'Check the status of a dossier',
    'featured.trackMeta': 'Enter the dossier code you received on submission',
    'steps.title': 'Apply online in four steps',
    'steps.1': 'Find the procedure',
    'steps.1d': 'and read which documents to prepare.',
    'steps.2': 'Sign in',
    'steps.2d': 'with your national electronic ID.',
    'steps.3': 'Upload your documents',
    'steps.3d': '(PDF, images, Word, Excel; up to 20 MB each) and submit.',
    'steps.4': 'Track',
    'steps.4d': 'the dossier by its code until the result is returned.',
    'footer.org': 'Office of the Thanh Hóa Provincial People’s Committee (simulated)',
    'footer.hotline': 'Helpline: 1900 0000 (example number)',
    'footer.note': 'This page runs on dvc-sandbox; its data and accounts are simulated.',
    'footer.sandbox': 'About dvc-sandbox: API links, test accounts',
    'dossier.title': 'Submit a dossier',
    'dossier.lead': 'Choose your case, upload each document, check everything, then submit. Your draft is kept if you reload the page.',
    'dossier.none': 'No procedure chosen yet.',
    'dossier.find': 'Find a procedure',
    'dossier.nextTitle': 'Your dossier has been submitted',
    'dossier.nextCode': 'Your dossier code:',
    'dossier.track': 'Track this dossier',
    'help.title': 'Need help?',
    'help.formats': 'Accepted files: PDF, JPEG, PNG, DOCX, XLSX, up to 20 MB.',
    'help.resume': 'Unsteady connection? Uploads continue by themselves when you are back online.',
    'help.code': 'Once submitted, note the dossier code to track it.',
    'track.title': 'Track the status of a dossier',
    'track.lead': 'Enter a dossier code to see which step it has reached; sign in to see all your dossiers.',
  };

  var params = new URLSearchParams(location.search);
  var lang = params.get('lang') === 'en' ? 'en' : 'vi';
  var root = document.documentElement;

  /** The same address with lang set (English) or removed (Vietnamese, the default). */
  function withLang(href, target) {
    var url = new URL(href, location.href);
    if (url.origin !== location.origin) return href;
    if (target === 'en') url.searchParams.set('lang', 'en');
    else url.searchParams.delete('lang');
    return url.pathname + url.search + url.hash;
  }

  function translate() {
    if (lang === 'vi') return; // the pages are written in Vietnamese
    root.lang = 'en';
    document.querySelectorAll('[data-i18n]').forEach(function (el) {
      var text = EN[el.getAttribute('data-i18n')];
      if (text) el.textContent = text;
    });
    document.querySelectorAll('[data-i18n-label]').forEach(function (el) {
      var text = EN[el.getAttribute('data-i18n-label')];
      if (text) el.setAttribute('aria-label', text);
    });
    document.querySelectorAll('[data-i18n-placeholder]').forEach(function (el) {
      var text = EN[el.getAttribute('data-i18n-placeholder')];
      if (text) el.setAttribute('placeholder', text);
    });
    document.querySelectorAll('a[href^="/"]').forEach(function (a) {
      a.setAttribute('href', withLang(a.getAttribute('href'), 'en'));
    });
    document.querySelectorAll('form[method="get"]').forEach(function (form) {
      var hidden = document.createElement('input');
      hidden.type = 'hidden';
      hidden.name = 'lang';
      hidden.value = 'en';
      form.append(hidden);
    });
  }

  function languageSwitch() {
    document.querySelectorAll('[data-lang]').forEach(function (a) {
      var target = a.getAttribute('data-lang');
      a.setAttribute('href', withLang(location.href, target));
      if (target === lang) a.setAttribute('aria-current', 'true');
    });
  }

  function dossierPage() {
    var upload = document.querySelector('[data-demo="upload"]');
    if (!upload) return;
    var code = params.get('thu-tuc');
    if (code) upload.setAttribute('procedure', code);
    else {
      upload.hidden = true;
      document.querySelector('[data-demo="no-procedure"]').hidden = false;
    }
    upload.addEventListener('dvc-dossier-submit', function (event) {
      var next = document.querySelector('[data-demo="next-step"]');
      next.querySelector('[data-demo="code"]').textContent = event.detail.code;
      next.querySelector('[data-demo="track-link"]').setAttribute(
        'href',
        withLang('/demo/tra-cuu.html?ma=' + encodeURIComponent(event.detail.code), lang),
      );
      next.hidden = false;
    });
  }

  function trackingPage() {
    var status = document.querySelector('[data-demo="status"]');
    if (!status) return;
    var code = (params.get('ma') || '').trim();
    if (code) status.setAttribute('code', code);
  }

  // "Apply online" in a procedure's detail: go to this portal's dossier page.
  document.addEventListener('dvc-procedure-select', function (event) {
    event.preventDefault();
    location.assign(withLang('/demo/nop-ho-so.html?thu-tuc=' + encodeURIComponent(event.detail.code), lang));
  });

  translate();
  languageSwitch();
  dossierPage();
  trackingPage();
})();
