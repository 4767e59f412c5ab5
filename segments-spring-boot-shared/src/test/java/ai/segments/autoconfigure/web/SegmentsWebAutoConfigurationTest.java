package ai.segments.autoconfigure.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ai.segments.autoconfigure.support.BootLineNames;
import ai.segments.autoconfigure.support.BootTypes;
import ai.segments.client.exception.NotFoundException;
import ai.segments.spring.web.SegmentsExceptionHandler;
import ai.segments.spring.web.ThrowingController;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

class SegmentsWebAutoConfigurationTest {

  private final WebApplicationContextRunner runner =
      new WebApplicationContextRunner()
          .withConfiguration(
              BootTypes.autoConfigurations(BootLineNames.WEB_MVC_AUTO_CONFIGURATIONS))
          .withConfiguration(AutoConfigurations.of(SegmentsWebAutoConfiguration.class));

  @Test
  void registersTheAdviceInServletApplications() {
    this.runner.run(context -> assertThat(context).hasSingleBean(SegmentsExceptionHandler.class));
  }

  @Test
  void canBeSwitchedOff() {
    this.runner
        .withPropertyValues("segments.web.exception-handler.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(SegmentsExceptionHandler.class));
  }

  @Test
  void isAbsentOutsideWebApplications() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(SegmentsWebAutoConfiguration.class))
        .run(context -> assertThat(context).doesNotHaveBean(SegmentsExceptionHandler.class));
  }

  @Test
  void anApplicationsAdviceWins() {
    this.runner
        .withBean(ThrowingController.class)
        .withBean(ApplicationAdvice.class)
        .run(
            context -> {
              MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();

              mvc.perform(get("/throw/not-found")).andExpect(status().isConflict());
              mvc.perform(get("/throw/validation")).andExpect(status().isBadRequest());
            });
  }

  @Test
  void ourAdviceAppliesInTheContext() {
    this.runner
        .withBean(ThrowingController.class)
        .run(
            context -> {
              MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();

              mvc.perform(get("/throw/not-found")).andExpect(status().isNotFound());
            });
  }

  /** An application's own mapping of one exception. */
  @RestControllerAdvice
  static class ApplicationAdvice {
    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound(NotFoundException ex) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body("ours");
    }
  }
}
