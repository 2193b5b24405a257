// Drag and drop onto the upload field: an enhancement only; the form works without it.
(function () {
  document.documentElement.classList.add("js");
  var zone = document.getElementById("drop"), input = document.getElementById("file");
  if (!zone || !input) return;
  ["dragenter", "dragover"].forEach(function (name) {
    zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (name) {
    zone.addEventListener(name, function () { zone.classList.remove("over"); });
  });
  zone.addEventListener("drop", function (e) {
    e.preventDefault();
    if (e.dataTransfer && e.dataTransfer.files.length) {
      input.files = e.dataTransfer.files;
      document.getElementById("upload").submit();
    }
  });
})();
