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

/*
 * PrimeFaces 15 marks the phone-width "Sort" dropdown's option after each sort by comparing the
 * header's text, stripped of spaces, with the option's text, which keeps them: a header of two
 * words ("Last changed") or with a filter never matches, so every sort put the dropdown back on
 * its first option and the next arrow key sorted from there. Here the option is found by what it
 * names: the column (data-columnkey is the header's id) and the way (data-sortorder 0 for
 * ascending, 1 for descending).
 */
if (window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.DataTable) {
  PrimeFaces.widget.DataTable.prototype.updateReflowDD = function (column, order) {
    if (this.reflowDD && this.cfg.reflow) {
      var key = column.attr('id');
      var way = order > 0 ? 0 : 1;
      this.reflowDD.children('option').each(function () {
        this.selected = $(this).data('columnkey') === key && Number($(this).data('sortorder')) === way;
      });
    }
  };
}
