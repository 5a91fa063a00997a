// Starts Web Chat on the page: gets a Direct Line token from this server, applies the municipal
// style, and switches between Dutch and English. No inline script, so the CSP can forbid it.
(function () {
  'use strict';

  var TEXT = {
    nl: {
      title: 'Vragen over de voortgangsrapportage',
      intro: 'Stel een vraag over de 2de Voortgangsrapportage 2022, programma Bestuur en dienstverlening. Elk antwoord laat de tekst uit het rapport zien waarop het steunt.',
      privacy: 'Deel hier geen persoonsgegevens zoals uw BSN. Voor vragen over uw eigen situatie belt u 14 071.',
      skip: 'Naar de chat',
      connecting: 'Verbinden met de chat…',
      failed: 'De chat is nu niet bereikbaar. Probeer het later opnieuw of bel 14 071.',
      placeholder: 'Typ uw vraag, bijvoorbeeld: wat doet de gemeente aan de storingen?',
      pageTitle: 'Voortgangsbot – vragen over de voortgangsrapportage | Gemeente Leiden',
    },
    en: {
      title: 'Questions about the progress report',
      intro: "Ask about Leiden's 2nd Progress Report 2022, programme Governance and services. Every answer shows the text from the report it rests on (in Dutch).",
      privacy: 'Please do not share personal data such as your BSN here. For your own situation, call 14 071.',
      skip: 'Go to the chat',
      connecting: 'Connecting to the chat…',
      failed: 'The chat is not available right now. Please try again later or call 14 071.',
      placeholder: 'Type your question, for example: what is done about the outages?',
      pageTitle: 'Voortgangsbot – questions about the progress report | Municipality of Leiden',
    },
  };

  var nonce = document.querySelector('meta[name="csp-nonce"]').getAttribute('content');
  var chat = document.getElementById('webchat');
  var status = document.getElementById('status');
  var query = new URLSearchParams(window.location.search);
  var lang = query.get('lang') === 'en' ? 'en' : 'nl';
  var directLine;
  /** Web Chat's element; a new conversation gets a new one, so no old message stays behind. */
  var host;
  /** Has the user sent anything in this conversation? Before that, a language switch starts afresh. */
  var asked = false;

  var styleOptions = {
    accent: '#d2001e',
    primaryFont: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
    bubbleBackground: '#f4f4f4',
    bubbleBorderRadius: 8,
    bubbleFromUserBackground: '#d2001e',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 8,
    bubbleMaxWidth: 640,
    botAvatarInitials: 'VB',
    botAvatarBackgroundColor: '#d2001e',
    userAvatarInitials: '',
    hideUploadButton: true,
    sendBoxButtonColor: '#d2001e',
    suggestedActionLayout: 'flow',
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: '#d2001e',
    suggestedActionTextColor: '#a30017',
    timestampColor: '#4a4a4a',
    subtle: '#4a4a4a',
  };

  function setLanguage(next) {
    lang = next;
    document.documentElement.lang = lang;
    document.title = TEXT[lang].pageTitle;
    document.querySelectorAll('[data-text]').forEach(function (el) {
      el.textContent = TEXT[lang][el.getAttribute('data-text')];
    });
    document.querySelectorAll('[data-lang]').forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-lang') === lang));
    });
    if (!directLine) return;
    // Before the first question the welcome is all there is: a new conversation greets in the
    // chosen language. After it, the conversation stays and new answers follow the language.
    if (asked) render();
    else {
      directLine.end();
      directLine = undefined;
      connect();
    }
  }

  /**
   * Web Chat's own Dutch time format is "h:mm a" ("2:27 a.m."): dates and times are formatted
   * here with the browser's Intl for the page's language instead (24-hour on the Dutch page).
   */
  function globalizeFor(locale) {
    return {
      dateFormatter: function () {
        var format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' });
        return function (date) {
          return format.format(date);
        };
      },
      relativeTimeFormatter: function (unit) {
        var format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
        return function (value) {
          return format.format(value, unit);
        };
      },
      unitFormatter: function (unit, options) {
        var format = new Intl.NumberFormat(locale, { style: 'unit', unit: unit, unitDisplay: options && options.form === 'long' ? 'long' : 'short' });
        return function (value) {
          return format.format(value);
        };
      },
      plural: function (value) {
        return new Intl.PluralRules(locale).select(value);
      },
    };
  }

  function render() {
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        locale: lang === 'en' ? 'en-US' : 'nl-NL',
        styleOptions: styleOptions,
        nonce: nonce,
        overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: TEXT[lang].placeholder, GLOBALIZE: globalizeFor(lang === 'en' ? 'en-GB' : 'nl-NL') },
      },
      host,
    );
  }

  function connect() {
    status.textContent = TEXT[lang].connecting;
    return fetch('/api/directline/token', { method: 'POST', headers: { 'Accept-Language': lang } })
      .then(function (res) {
        if (!res.ok) throw new Error('token ' + res.status);
        return res.json();
      })
      .then(function (t) {
        // Self-hosted Direct Line answers with its own domain (polling); Azure's needs none (WebSocket).
        directLine = window.WebChat.createDirectLine(
          t.domain
            ? { token: t.token, domain: new URL(t.domain, window.location.href).href.replace(/\/$/, ''), webSocket: false, pollingInterval: 300 }
            : { token: t.token },
        );
        asked = false;
        host = document.createElement('div');
        host.className = 'webchat-host';
        chat.replaceChildren(host);
        directLine.activity$.subscribe(function (activity) {
          if (activity.from && activity.from.role === 'user') asked = true;
        });
        status.textContent = '';
        render();
      })
      .catch(function () {
        status.textContent = TEXT[lang].failed;
      });
  }

  document.querySelectorAll('[data-lang]').forEach(function (button) {
    button.addEventListener('click', function () {
      setLanguage(button.getAttribute('data-lang'));
    });
  });
  setLanguage(lang);
  connect();
})();
