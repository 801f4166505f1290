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
  },

  /*
   * A row's plain button that asks first (the admin catalogue's Retire): PrimeFaces' global question
   * dialog, as p:confirm opens it, with the button's data-hub-question; its "Yes" runs the button's
   * data-pfconfirmcommand.
   */
  ask: function (button, header) {
    PrimeFaces.confirm({
      source: button,
      type: 'dialog',
      escape: true,
      header: header,
      message: button.getAttribute('data-hub-question'),
      icon: 'pi pi-exclamation-triangle'
    });
  }
};

/*
 * The plain row buttons look like PrimeFaces' own when hovered, focused or pressed (what its button
 * widget does for each p:commandButton), with one handler for the whole page.
 */
if (window.jQuery) {
  jQuery(document)
    .on('mouseenter', '.hub-row-action', function () { jQuery(this).addClass('ui-state-hover'); })
    .on('mouseleave', '.hub-row-action', function () { jQuery(this).removeClass('ui-state-hover ui-state-active'); })
    .on('focusin', '.hub-row-action', function () { jQuery(this).addClass('ui-state-focus'); })
    .on('focusout', '.hub-row-action', function () { jQuery(this).removeClass('ui-state-focus ui-state-active'); })
    .on('mousedown', '.hub-row-action', function () { jQuery(this).addClass('ui-state-active'); })
    .on('mouseup', '.hub-row-action', function () { jQuery(this).removeClass('ui-state-active'); });
}

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
