package org.traininghub.catalogue.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.traininghub.catalogue.control.Slugs;
import org.traininghub.catalogue.entity.DeliveryMode;
import org.traininghub.catalogue.entity.ItemDetails;
import org.traininghub.catalogue.entity.ItemKind;

/**
 * Accredited courses from obviously fictional providers, so that a newcomer's portal has something
 * to search. Loaded only when {@code hub.demo-data} is on (the embedded default), and only once.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DemoCatalogue {

  private static final Logger LOG = Logger.getLogger(DemoCatalogue.class.getName());
  private static final String NOTE = "Demo data: this provider does not exist. ";

  @Inject Catalogue catalogue;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "hub.demo-data", defaultValue = "false")
  boolean enabled;

  @PostConstruct
  void load() {
    if (!enabled || catalogue.demoItemCount() > 0) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    List<ItemDetails> courses =
        List.of(
            course(
                "Health Coaching Skills Programme (demo)",
                "Example Coaching Academy (demo)",
                DeliveryMode.FACE_TO_FACE,
                "4",
                today.plusMonths(14),
                "Four days in person with an individual skills assessment and documented practice hours."),
            course(
                "Health and Wellbeing Coaching Foundation (demo)",
                "Fictional Health Coaching Ltd (demo)",
                DeliveryMode.VIRTUAL,
                "5",
                today.plusMonths(8),
                "Five live online days over ten weeks, with an assessed coaching conversation and a practice log."),
            course(
                "Blended Health Coaching Certificate (demo)",
                "Sample Personalised Care College (demo)",
                DeliveryMode.BLENDED,
                "6",
                today.plusYears(2),
                "Two days in person and four online, with supervised practice hours and an individual assessment."),
            course(
                "Health Coaching Essentials (demo, accreditation expired)",
                "Example Coaching Academy (demo)",
                DeliveryMode.VIRTUAL,
                "4",
                today.minusMonths(2),
                "Shown to demonstrate how the catalogue marks a course whose accreditation has run out."));
    courses.forEach(catalogue::addDemoItem);
    LOG.info(() -> "Loaded " + courses.size() + " demo courses into the catalogue");
  }

  private static ItemDetails course(
      String title,
      String provider,
      DeliveryMode mode,
      String days,
      LocalDate validUntil,
      String summary) {
    return new ItemDetails(
        ItemKind.ACCREDITED_COURSE,
        title,
        NOTE + summary,
        provider,
        mode,
        new BigDecimal(days),
        null,
        validUntil,
        "Funded by the employing PCN.",
        "https://example.org/demo-course/" + Slugs.of(title),
        true);
  }
}
