// Fields that do not apply to the choices made are disabled, with the reason said beside them; without this
// script they stay open and the server says what is wrong with them.
(function () {
  'use strict';
  var dependents = document.querySelectorAll('[data-applies-when]');
  if (dependents.length === 0) { return; }
  function update() {
    dependents.forEach(function (input) {
      var rule = input.dataset.appliesWhen.split('=');
      var chooser = input.form && input.form.elements[rule[0]];
      var applies = !chooser || chooser.value === rule[1];
      input.disabled = !applies;
      var reasonId = input.id + '-not-applicable';
      var reason = document.getElementById(reasonId);
      if (!reason) {
        reason = document.createElement('p');
        reason.id = reasonId;
        reason.className = 'not-applicable';
        input.insertAdjacentElement('afterend', reason);
        var described = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
        input.setAttribute('aria-describedby', described.concat([reasonId]).join(' '));
      }
      reason.textContent = applies ? '' : input.dataset.notApplicable;
      reason.hidden = applies;
    });
  }
  document.addEventListener('change', update);
  update();
})();
