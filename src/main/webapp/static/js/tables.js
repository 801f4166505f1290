/*
 * The admin tables (/admin/catalogue/, /admin/pcns/). After a row's action (Retire, Restore) the
 * table is redrawn and the pressed button is gone: focus moves to the row's new button, the one
 * with the same data-hub-item, or, when the row is no longer on the page, to the status message.
 */
window.hubTables = {
  focusAction: function (itemId, statusId) {
    var target = document.querySelector('[data-hub-item="' + itemId + '"]')
        || document.getElementById(statusId);
    if (target) {
      target.focus();
    }
  }
};
