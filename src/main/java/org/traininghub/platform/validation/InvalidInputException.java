package org.traininghub.platform.validation;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks a rule: nothing was saved, and each {@link Problem} says why. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public InvalidInputException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
