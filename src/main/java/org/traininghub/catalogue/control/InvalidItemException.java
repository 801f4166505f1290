package org.traininghub.catalogue.control;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;

/** Details that break {@link CatalogueRules}: nothing was saved. */
@ApplicationException(rollback = true)
public class InvalidItemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public InvalidItemException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
