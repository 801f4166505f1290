/* The event editor's description (PrimeFaces' p:textEditor, i.e. Quill): its editing area is a
   contenteditable div, so it gets its name, hint and role here, once the widget has built it. */
(function () {
  function nameEditors() {
    document.querySelectorAll('.hub-rich-text').forEach(function (editor) {
      var area = editor.querySelector('.ql-editor');
      if (!area) {
        return;
      }
      var id = editor.id;
      area.setAttribute('role', 'textbox');
      area.setAttribute('aria-multiline', 'true');
      area.setAttribute('aria-labelledby', id + '-label');
      var described = [id + '-hint'];
      if (document.getElementById(id + '-error')) {
        described.push(id + '-error');
      }
      area.setAttribute('aria-describedby', described.join(' '));
    });
  }
  if (document.readyState === 'complete') {
    nameEditors();
  } else {
    window.addEventListener('load', nameEditors);
  }
})();
