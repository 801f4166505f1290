/* The event editor's description (PrimeFaces' p:textEditor, i.e. Quill): its editing area is a
   contenteditable div, so it gets its name, hint and role here, once the widget has built it
   (jQuery runs ready handlers in order, so this one runs after the widget's). The outer div's
   role="textbox" goes: it holds the toolbar's buttons, and a text box holds no controls. */
(function () {
  function nameEditors() {
    document.querySelectorAll('.hub-rich-text').forEach(function (editor) {
      var area = editor.querySelector('.ql-editor');
      if (!area) {
        return;
      }
      var id = editor.id;
      editor.removeAttribute('role');
      area.setAttribute('role', 'textbox');
      area.setAttribute('aria-multiline', 'true');
      area.setAttribute('aria-labelledby', id + '-label');
      var described = [id + '-hint'];
      var error = document.getElementById(id + '-error');
      if (error && error.textContent.trim() !== '') {
        described.push(id + '-error');
        area.setAttribute('aria-invalid', 'true');
      }
      area.setAttribute('aria-describedby', described.join(' '));
    });
  }
  if (window.jQuery) {
    window.jQuery(nameEditors);
  } else {
    document.addEventListener('DOMContentLoaded', nameEditors);
  }
})();
