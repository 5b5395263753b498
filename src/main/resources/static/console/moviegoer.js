// The profile page's home city: suggestions from the catalog's cities (GET /api/cities), so that a home city
// is spelt as the catalog spells it and counts in the audience's portraits by city. Typing another is allowed.
(function () {
  var list = document.getElementById('cities');
  if (!list) {
    return;
  }
  fetch('/api/cities', {headers: {Accept: 'application/json'}})
    .then(function (answer) { return answer.ok ? answer.json() : []; })
    .then(function (cities) {
      cities.forEach(function (city) {
        var option = document.createElement('option');
        option.value = city.name;
        list.appendChild(option);
      });
    })
    .catch(function () { /* no suggestions: the field still takes any city */ });
})();
