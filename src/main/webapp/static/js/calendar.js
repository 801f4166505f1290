/*
 * The events calendar's FullCalendar options (p:schedule extender="hubCalendar"): UK dates and
 * 24-hour times, weeks from Monday, as tall as its weeks need (no inner scrolling), and each
 * event a link whose name says its day and time as well as its title. It lays itself out again as
 * soon as the window is resized (FullCalendar waits 100 ms by default).
 */
function hubCalendar() {
  var options = this.cfg.options;
  options.firstDay = 1;
  options.height = 'auto';
  options.fixedWeekCount = false;
  options.dayMaxEventRows = false;
  options.windowResizeDelay = 0;
  options.eventTimeFormat = { hour: '2-digit', minute: '2-digit', hour12: false };
  options.titleFormat = { year: 'numeric', month: 'long' };
  options.buttonText = { today: 'This month', prev: 'Previous month', next: 'Next month' };
  options.buttonHints = { prev: 'Previous month', next: 'Next month', today: 'This month' };
  options.eventDidMount = function (info) {
    var link = info.el;
    var start = info.event.start;
    if (link && start) {
      var when = start.toLocaleString('en-GB', {
        timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit'
      });
      link.setAttribute('aria-label', info.event.title + ', ' + when);
    }
  };
}
