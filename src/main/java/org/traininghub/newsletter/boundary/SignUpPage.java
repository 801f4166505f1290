package org.traininghub.newsletter.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.traininghub.newsletter.entity.ConsentMethod;
import org.traininghub.newsletter.entity.ConsentWording;
import org.traininghub.newsletter.entity.Topic;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.web.DatabaseOutage;
import org.traininghub.platform.web.Messages;

/** The public sign-up form ({@code newsletter/index}): the start of a double opt-in. */
@Named
@RequestScoped
public class SignUpPage {

  @Inject Subscriptions subscriptions;

  private String email;
  private String name;
  private List<String> topics = new ArrayList<>();

  public String signUp() {
    try {
      subscriptions.signUp(email, name, topics, ConsentMethod.FORM);
      return "/newsletter/check-email.xhtml?faces-redirect=true";
    } catch (InvalidInputException e) {
      Messages.problems("signup", e);
      return null;
    } catch (RuntimeException e) {
      if (!DatabaseOutage.keepForm(e, "send your sign-up")) {
        throw e;
      }
      return null;
    }
  }

  public Topic[] getTopicChoices() {
    return Topic.values();
  }

  /** The words the person agrees to, stored with their consent. */
  public String getWording() {
    return ConsentWording.SIGN_UP.text();
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<String> getTopics() {
    return topics;
  }

  public void setTopics(List<String> topics) {
    this.topics = topics == null ? new ArrayList<>() : topics;
  }
}
