package ai.segments.spring.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** Every mapping of the advice, as RFC 9457 problem details that never echo secrets. */
class SegmentsExceptionHandlerTest {

  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(new ThrowingController())
          .setControllerAdvice(new SegmentsExceptionHandler())
          .build();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "validation, 400",
    "not-found, 404",
    "already-exists, 409",
    "throttled, 503",
    "timeout, 504",
    "authentication, 502",
    "authorization, 502",
    "network, 502",
    "subscription, 502",
    "collaborator, 502",
    "other, 502"
  })
  void mapsToAProblemDetail(String kind, int status) throws Exception {
    this.mvc
        .perform(get("/throw/" + kind))
        .andExpect(status().is(status))
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(status))
        .andExpect(jsonPath("$.title").isNotEmpty())
        .andExpect(jsonPath("$.detail").isNotEmpty())
        .andExpect(jsonPath("$.operation").value("getSample"))
        .andExpect(content().string(not(containsString(ThrowingController.SECRET))))
        .andExpect(content().string(not(containsString(ThrowingController.UPSTREAM))));
  }

  @Test
  void throttlingTellsWhenToRetryRoundedUp() throws Exception {
    this.mvc
        .perform(get("/throw/throttled"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().string("Retry-After", "7"));
  }

  @Test
  void throttlingWithoutAKnownWaitStillSendsRetryAfter() throws Exception {
    this.mvc
        .perform(get("/throw-unknown-wait"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().string("Retry-After", "1"));
  }

  @Test
  void onlyThrottlingSendsRetryAfter() throws Exception {
    this.mvc
        .perform(get("/throw/timeout"))
        .andExpect(status().isGatewayTimeout())
        .andExpect(header().doesNotExist("Retry-After"));
  }
}
